package dev.parley.ingestion.outbound;

import dev.parley.events.Platform;
import dev.parley.events.ReplyRequested;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * What each platform expects of a reply, checked before anything is sent:
 * <ul>
 *   <li>length limits (X posts and DMs 280 / 10,000 characters, Facebook comments 8,000, Instagram
 *   comments 2,200, Messenger 2,000, Reddit 10,000, YouTube 10,000, Trustpilot replies 2,000);</li>
 *   <li>on X and Instagram a public reply addresses the customer by handle: added when missing;</li>
 *   <li>Meta's 24-hour messaging window: a private reply on Facebook or Instagram goes out only within
 *   24 hours of the customer's message.</li>
 * </ul>
 */
public class ReplyConventions {
    static final Duration META_MESSAGING_WINDOW = Duration.ofHours(24);
    private static final Map<Platform, Integer> PUBLIC_LIMITS = Map.of(Platform.X, 280, Platform.FACEBOOK, 8_000,
            Platform.INSTAGRAM, 2_200, Platform.REDDIT, 10_000, Platform.YOUTUBE, 10_000, Platform.REVIEW, 2_000);
    private static final Map<Platform, Integer> PRIVATE_LIMITS = Map.of(Platform.X, 10_000, Platform.FACEBOOK, 2_000,
            Platform.INSTAGRAM, 1_000);

    /**
     * @return the text to send
     * @throws ReplyRefusedException when the reply breaks a convention that Parley cannot mend
     */
    public String prepare(ReplyRequested reply, Instant now) {
        String text = reply.text().strip();
        boolean meta = reply.platform() == Platform.FACEBOOK || reply.platform() == Platform.INSTAGRAM;
        if (reply.privateChannel() && meta) {
            if (reply.customerPostAt() == null) {
                throw new ReplyRefusedException("Meta allows private replies within 24 hours of the customer's message,"
                        + " and the time of that message is unknown");
            }
            if (reply.customerPostAt().plus(META_MESSAGING_WINDOW).isBefore(now)) {
                throw new ReplyRefusedException("outside Meta's 24-hour messaging window: the customer last wrote at "
                        + reply.customerPostAt() + "; wait until they write again");
            }
        }
        if (!reply.privateChannel() && (reply.platform() == Platform.X || reply.platform() == Platform.INSTAGRAM)
                && reply.customerHandle() != null && !mentions(text, reply.customerHandle())) {
            text = "@" + reply.customerHandle() + " " + text;
        }
        Integer limit = (reply.privateChannel() ? PRIVATE_LIMITS : PUBLIC_LIMITS).get(reply.platform());
        int length = text.codePointCount(0, text.length());
        if (limit != null && length > limit) {
            throw new ReplyRefusedException("too long for " + reply.platform().wireName()
                    + (reply.privateChannel() ? " private messages" : " public replies") + ": " + length
                    + " characters, the limit is " + limit);
        }
        return text;
    }

    private static boolean mentions(String text, String handle) {
        String lower = text.toLowerCase(Locale.ROOT);
        String mention = "@" + handle.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(mention);
        while (at >= 0) {
            int end = at + mention.length();
            if (end == lower.length() || !(Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '_')) {
                return true;
            }
            at = lower.indexOf(mention, end);
        }
        return false;
    }
}
