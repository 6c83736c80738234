package dev.parley.brandvoice.profile;

import dev.parley.events.WireEnum;
import dev.parley.events.Platform;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One brand's guidelines: what it promises and how its replies must sound. Every option is validated here, so a
 * profile that reaches the checker is usable; a bad one is refused with the field that is wrong.
 *
 * @param promise          the brand promise, in a sentence (shown to agents next to violations)
 * @param serviceFeatures  key features of the service offer, for agents and reports
 * @param formality        how casual replies may be
 * @param voice            voice attributes (e.g. warm, plain, confident) with the phrases that express them
 * @param preferredPhrases phrases that reinforce the promise
 * @param reinforcement    when a reply must contain at least one preferred phrase
 * @param bannedPhrases    phrases that conflict with or undermine the promise
 * @param brandName        the brand's name as it must be spelled in replies, or null
 * @param signOff          how agents sign replies, or null for no rule
 * @param emoji            emoji policy
 * @param platforms        per-platform conventions by platform wire name ({@code x}, {@code facebook}, ...);
 *                         platforms not listed get {@link PlatformConvention#defaultFor}
 * @param regulatedTopics  topics that need a disclaimer or escalation
 * @param promises         commitments replies must not make
 * @param jargon           terms customers may not know, with the plain word to use
 * @param publicContacts   the brand's own published e-mail addresses and phone numbers, allowed in public replies
 */
public record BrandProfile(
        String promise,
        List<String> serviceFeatures,
        Formality formality,
        List<VoiceAttribute> voice,
        List<PreferredPhrase> preferredPhrases,
        Reinforcement reinforcement,
        List<BannedPhrase> bannedPhrases,
        String brandName,
        SignOff signOff,
        EmojiPolicy emoji,
        Map<String, PlatformConvention> platforms,
        List<RegulatedTopic> regulatedTopics,
        Promises promises,
        List<JargonTerm> jargon,
        List<String> publicContacts) {

    public BrandProfile {
        serviceFeatures = listOf(serviceFeatures);
        formality = formality == null ? Formality.NEUTRAL : formality;
        voice = listOf(voice);
        preferredPhrases = listOf(preferredPhrases);
        reinforcement = reinforcement == null ? Reinforcement.NEVER : reinforcement;
        if (reinforcement != Reinforcement.NEVER && preferredPhrases.isEmpty()) {
            throw new IllegalArgumentException("reinforcement is " + reinforcement.wireName()
                    + " but there are no preferredPhrases to reinforce the promise with");
        }
        bannedPhrases = listOf(bannedPhrases);
        emoji = emoji == null ? EmojiPolicy.SPARING : emoji;
        platforms = platforms == null ? Map.of() : Map.copyOf(platforms);
        for (String platform : platforms.keySet()) {
            try {
                WireEnum.parse(Platform.class, platform);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("platforms: " + e.getMessage());
            }
        }
        regulatedTopics = listOf(regulatedTopics);
        promises = promises == null ? Promises.NONE : promises;
        jargon = listOf(jargon);
        publicContacts = nonBlank(publicContacts, "publicContacts");
    }

    /** The brand's conventions for the platform, else the platform's defaults. */
    public PlatformConvention conventionFor(Platform platform) {
        return platforms.getOrDefault(platform.wireName(), PlatformConvention.defaultFor(platform));
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    static List<String> nonBlank(List<String> values, String field) {
        List<String> copy = values == null ? List.of() : List.copyOf(values);
        copy.forEach(v -> required(v, field + "[]"));
        return copy;
    }

    static Pattern regex(String value, String field) {
        try {
            return Pattern.compile(required(value, field));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(field + " is not a regular expression: " + e.getDescription());
        }
    }
}
