package dev.parley.brandvoice.profile;

import dev.parley.events.WireEnum;

/** Emoji in replies. JSON: {@code "none"}, {@code "sparing"} (one per reply, none to upset customers), {@code "any"}. */
public enum EmojiPolicy implements WireEnum {
    NONE, SPARING, ANY
}
