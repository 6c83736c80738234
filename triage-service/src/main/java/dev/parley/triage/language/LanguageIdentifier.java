package dev.parley.triage.language;

import dev.parley.events.DetectedLanguage;
import dev.parley.triage.cues.CuePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;

/**
 * The language of a post: the platform's word when it gives one, else Apache OpenNLP's detector (103
 * languages, model from {@code opennlp-models-langdetect}) on the text without handles, links and hashtags,
 * which say nothing about the language and mislead it on short posts.
 * <p>
 * The model is asked directly with the features OpenNLP's {@code LanguageDetectorME} would give it (the text
 * through the same normalizers, lower-cased, every distinct 1- to 3-character n-gram), each part made cheaper
 * than OpenNLP's own ({@link DetectorNormalization}, {@link NgramModel}) for the same probabilities.
 */
public class LanguageIdentifier {
    public static final String UNDETERMINED = "und";
    private static final String MODEL = "/langdetect-183.bin";
    private static final CuePattern NOT_LANGUAGE = CuePattern.compile("https?://\\S+|[@#]\\w+|\\p{N}+");
    /** Below this many letters a guess is a coin toss. */
    private static final int MIN_LETTERS = 12;
    private static final double MIN_CONFIDENCE = 0.1;

    private final NgramModel model;
    private final Map<String, String> twoLetterCodes = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream model = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (model == null) {
                throw new IllegalStateException(MODEL + " not on the classpath: opennlp-models-langdetect is missing");
            }
            this.model = new NgramModel((AbstractModel) new LanguageDetectorModel(model).getMaxentModel());
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
        String words = NOT_LANGUAGE.replaceAll(text, notLanguage -> " ");
        if (letters(words) < MIN_LETTERS) {
            return new DetectedLanguage(UNDETERMINED, 0, "detected");
        }
        double[] probabilities = model.eval(DetectorNormalization.normalize(words));
        int best = 0;
        int runnerUp = -1;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                runnerUp = best;
                best = i;
            } else if (runnerUp < 0 || probabilities[i] > probabilities[runnerUp]) {
                runnerUp = i;
            }
        }
        // The model spreads probability over 103 languages, so even a clear winner has a few percent:
        // how far it leads the runner-up is the useful measure.
        double confidence = 1 - probabilities[runnerUp] / probabilities[best];
        if (confidence < MIN_CONFIDENCE) {
            return new DetectedLanguage(UNDETERMINED, round(confidence), "detected");
        }
        String language = model.language(best);
        return new DetectedLanguage(twoLetterCodes.getOrDefault(language, language), round(confidence), "detected");
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            i += Character.charCount(c);
        }
        return letters;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
