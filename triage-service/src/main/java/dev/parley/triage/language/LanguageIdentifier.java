package dev.parley.triage.language;

import dev.parley.events.DetectedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a post: the platform's word when it gives one, else Apache OpenNLP's detector (103
 * languages, model from {@code opennlp-models-langdetect}) on the text without handles, links and hashtags,
 * which say nothing about the language and mislead it on short posts.
 */
public class LanguageIdentifier {
    public static final String UNDETERMINED = "und";
    private static final String MODEL = "/langdetect-183.bin";
    private static final Pattern NOT_LANGUAGE = Pattern.compile("https?://\\S+|[@#]\\w+|\\p{N}+");
    /** Below this many letters a guess is a coin toss. */
    private static final int MIN_LETTERS = 12;
    private static final double MIN_CONFIDENCE = 0.1;

    private final LanguageDetectorME detector;
    private final Map<String, String> twoLetterCodes = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream model = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (model == null) {
                throw new IllegalStateException(MODEL + " not on the classpath: opennlp-models-langdetect is missing");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + MODEL, e);
        }
        for (String code : Locale.getISOLanguages()) {
            twoLetterCodes.put(new Locale(code).getISO3Language(), code);
        }
    }

    /**
     * @param platformTag the platform's language tag, or null
     */
    public DetectedLanguage identify(String text, String platformTag) {
        if (platformTag != null && !platformTag.isBlank() && !platformTag.equals(UNDETERMINED)) {
            return new DetectedLanguage(Locale.forLanguageTag(platformTag).getLanguage(), 1.0, "platform");
        }
        String words = NOT_LANGUAGE.matcher(text).replaceAll(" ");
        if (words.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return new DetectedLanguage(UNDETERMINED, 0, "detected");
        }
        Language[] ranked = detector.predictLanguages(words);
        // The model spreads probability over 103 languages, so even a clear winner has a few percent:
        // how far it leads the runner-up is the useful measure.
        double confidence = 1 - ranked[1].getConfidence() / ranked[0].getConfidence();
        if (confidence < MIN_CONFIDENCE) {
            return new DetectedLanguage(UNDETERMINED, round(confidence), "detected");
        }
        return new DetectedLanguage(twoLetterCodes.getOrDefault(ranked[0].getLang(), ranked[0].getLang()),
                round(confidence), "detected");
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
