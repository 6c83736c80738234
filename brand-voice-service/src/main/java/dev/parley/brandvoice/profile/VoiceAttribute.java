package dev.parley.brandvoice.profile;

import java.util.List;

/**
 * A quality the brand's replies should have.
 *
 * @param name        e.g. {@code warm}
 * @param description what it means for this brand
 * @param cues        phrases that show it in a reply (used to report which attributes go with better outcomes)
 * @param examples    replies that show it, for agents
 */
public record VoiceAttribute(String name, String description, List<String> cues, List<String> examples) {
    public VoiceAttribute {
        name = BrandProfile.required(name, "voice[].name");
        cues = BrandProfile.nonBlank(cues, "voice[" + name + "].cues");
        examples = BrandProfile.nonBlank(examples, "voice[" + name + "].examples");
    }
}
