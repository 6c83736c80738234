package dev.parley.brandvoice.profile;

import dev.parley.events.WireEnum;

/** How casual a brand's replies may be. JSON: {@code "casual"}, {@code "neutral"}, {@code "formal"}. */
public enum Formality implements WireEnum {
    /** Slang and chat abbreviations are fine. */
    CASUAL,
    /** Contractions yes; slang ("lol", "gonna", "dude") no. */
    NEUTRAL,
    /** No slang, and no exclamation runs. */
    FORMAL
}
