package dev.parley.response.assignment;

import dev.parley.response.cases.Case;
import dev.parley.response.cases.CasePost;
import dev.parley.response.replies.Reply;
import dev.parley.response.replies.ReplyState;
import dev.parley.response.sla.SlaTimers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A handover written from a case's history when the agent handing it over wrote none: what the customer
 * asked, what we said and promised, and what is pending.
 */
public final class HandoverSummary {
    private static final int QUOTE = 160;
    /** Sentences of ours that commit us to something. */
    private static final Pattern PROMISE = Pattern.compile("\\b(we will|we'll|i will|i'll|we are going to|by (today|tomorrow|"
            + "monday|tuesday|wednesday|thursday|friday)|within \\d+|follow up|get back to you|refund)\\b");

    private HandoverSummary() {
    }

    public static String of(Case handed, List<CasePost> posts, List<Reply> replies) {
        List<String> parts = new ArrayList<>();
        if (!posts.isEmpty()) {
            parts.add("Customer asked: \"" + quote(posts.get(0).text()) + "\"");
            if (posts.size() > 1) {
                parts.add("Latest from the customer: \"" + quote(posts.get(posts.size() - 1).text()) + "\"");
            }
        }
        List<Reply> answered = replies.stream()
                .filter(r -> r.state() == ReplyState.REQUESTED || r.state() == ReplyState.SENT).toList();
        parts.add(answered.isEmpty() ? "We have not replied yet"
                : "Our last reply: \"" + quote(answered.get(answered.size() - 1).text()) + "\"");
        List<String> promises = answered.stream()
                .flatMap(r -> Arrays.stream(r.text().split("(?<=[.!?])\\s+")))
                .filter(sentence -> PROMISE.matcher(sentence.toLowerCase(Locale.ROOT)).find())
                .map(sentence -> quote(sentence).replaceAll("[.!?]+$", "")).toList();
        if (!promises.isEmpty()) {
            parts.add("Promised: " + String.join(" / ", promises));
        }
        replies.stream().filter(r -> r.state() == ReplyState.FAILED || r.state() == ReplyState.HELD)
                .reduce((first, second) -> second)
                .ifPresent(r -> parts.add("A reply is " + r.state().wireName() + ": " + r.reason()));
        List<String> clocks = Arrays.stream(SlaTimers.Kind.values())
                .map(kind -> handed.sla().deadline(kind) == null ? null
                        : kind.wireName().replace('_', ' ') + " due " + handed.sla().deadline(kind).due())
                .filter(Objects::nonNull).toList();
        parts.add("Pending: case " + handed.status().wireName() + (clocks.isEmpty() ? "" : "; " + String.join(", ", clocks)));
        return String.join(". ", parts) + ".";
    }

    private static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTE ? flat : flat.substring(0, QUOTE - 1) + "…";
    }
}
