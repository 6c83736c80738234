package dev.parley.events;

/** What kind of item a post is on its platform. JSON: {@code "public_mention"}, {@code "direct_message"}, ... */
public enum PostKind implements WireEnum {
    PUBLIC_MENTION, COMMENT, REPLY, DIRECT_MESSAGE, REVIEW;

    /** Direct messages are private; everything else is visible to the public. */
    public boolean isPrivate() {
        return this == DIRECT_MESSAGE;
    }
}
