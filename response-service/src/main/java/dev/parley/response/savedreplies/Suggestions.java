package dev.parley.response.savedreplies;

import dev.parley.events.IntentLabel;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CasePost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What an agent might send: saved replies answering the latest post's intent and topics, filled with what the case
 * knows (customer, agent, brand), and a clarifying question when the request is ambiguous.
 */
public class Suggestions {
    static final int LIMIT = 5;
    /** Saved replies with this tag are the organisation's clarifying questions. */
    public static final String CLARIFY_TAG = "clarify";
    static final String DEFAULT_CLARIFYING_QUESTION = "Thanks for reaching out, {{customer_name}}. Could you tell us a "
            + "little more about what happened, so we can help?";

    private final SavedReplyRepository savedReplies;

    public Suggestions(SavedReplyRepository savedReplies) {
        this.savedReplies = savedReplies;
    }

    /**
     * A suggestion.
     *
     * @param savedReplyId the saved reply, or null for the built-in clarifying question
     * @param text         filled where the values are known; {@code {{name}}} left where they are not
     * @param missing      variables the agent still has to fill
     * @param why          why it is suggested
     */
    public record Suggestion(String savedReplyId, String title, String text, List<String> missing, String why) {
    }

    /** @param agentName the agent's name, or null */
    public List<Suggestion> forCase(Case target, List<CasePost> posts, String agentName) {
        CasePost latest = posts.get(posts.size() - 1);
        Map<String, String> known = known(target, latest, agentName);
        List<Suggestion> found = new ArrayList<>();
        String intent = latest.intent() == null ? null : latest.intent().wireName();
        for (SavedReply reply : savedReplies.answering(intent, latest.topics(), LIMIT)) {
            List<String> why = new ArrayList<>();
            if (intent != null && reply.intents().contains(intent)) {
                why.add("answers " + intent);
            }
            latest.topics().stream().filter(reply.topics()::contains).forEach(t -> why.add("about " + t));
            found.add(suggestion(reply.savedReplyId(), reply.title(), reply.textFor(target.platform()), known,
                    String.join(", ", why)));
        }
        if (ambiguous(latest)) {
            List<SavedReply> clarifying = savedReplies.search(null, CLARIFY_TAG, 1);
            found.add(clarifying.isEmpty()
                    ? suggestion(null, "Clarifying question", DEFAULT_CLARIFYING_QUESTION, known, "the request is unclear")
                    : suggestion(clarifying.get(0).savedReplyId(), clarifying.get(0).title(),
                    clarifying.get(0).textFor(target.platform()), known, "the request is unclear"));
        }
        return found;
    }

    /**
     * The saved reply for this case, its variables filled from the case and {@code values}.
     *
     * @throws Templates.MissingValuesException naming what is still needed
     */
    public String render(String savedReplyId, Case target, List<CasePost> posts, String agentName,
                         Map<String, String> values) {
        SavedReply reply = savedReplies.find(savedReplyId)
                .orElseThrow(() -> new NoSuchElementException("no saved reply " + savedReplyId));
        Map<String, String> all = known(target, posts.get(posts.size() - 1), agentName);
        all.putAll(values);
        return Templates.fill(reply.textFor(target.platform()), all);
    }

    /** Nothing to go on: no intent, "other", or a question or request about none of the topics. */
    static boolean ambiguous(CasePost post) {
        return post.intent() == null || post.intent() == IntentLabel.OTHER
                || ((post.intent() == IntentLabel.QUESTION || post.intent() == IntentLabel.REQUEST) && post.topics().isEmpty());
    }

    private static Map<String, String> known(Case target, CasePost latest, String agentName) {
        Map<String, String> values = new HashMap<>();
        if (latest.authorHandle() != null) {
            values.put("customer_name", latest.authorHandle());
            values.put("customer_handle", "@" + latest.authorHandle());
        }
        if (agentName != null) {
            values.put("agent_name", agentName);
        }
        values.put("brand", target.brand());
        return values;
    }

    private static Suggestion suggestion(String id, String title, String text, Map<String, String> known, String why) {
        List<String> missing = Templates.variables(text).stream().filter(v -> !known.containsKey(v)).toList();
        Map<String, String> partial = new HashMap<>(known);
        missing.forEach(v -> partial.put(v, "{{" + v + "}}"));
        return new Suggestion(id, title, Templates.fill(text, partial), missing, why);
    }
}
