package dev.parley.brandvoice.profile;

import dev.parley.events.WireEnum;
import dev.parley.events.Platform;

/**
 * How replies look on one platform.
 *
 * @param maxLength     longest reply in characters (code points) the platform or the brand allows
 * @param handleMention whether a public reply starts with the customer's handle
 * @param maxHashtags   most hashtags in one reply
 */
public record PlatformConvention(int maxLength, HandleMention handleMention, int maxHashtags) {
    public PlatformConvention {
        if (maxLength < 1) {
            throw new IllegalArgumentException("platforms.*.maxLength must be positive, was " + maxLength);
        }
        if (maxHashtags < 0) {
            throw new IllegalArgumentException("platforms.*.maxHashtags must not be negative, was " + maxHashtags);
        }
        handleMention = handleMention == null ? HandleMention.ANY : handleMention;
    }

    /** The platform's own limit, any handle style and at most one hashtag. */
    public static PlatformConvention defaultFor(Platform platform) {
        int limit = switch (platform) {
            case X -> 280;
            case INSTAGRAM -> 2_200;
            case FACEBOOK -> 8_000;
            case YOUTUBE -> 10_000;
            case REDDIT -> 10_000;
            case REVIEW -> 5_000;
            case GENERIC -> 10_000;
        };
        return new PlatformConvention(limit, HandleMention.ANY, 1);
    }

    /** JSON: {@code "any"}, {@code "required"}, {@code "forbidden"}. */
    public enum HandleMention implements WireEnum {
        ANY, REQUIRED, FORBIDDEN
    }
}
