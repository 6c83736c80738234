package dev.parley.triage.language;

import dev.parley.events.DetectedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The language of a post: the platform's word when it gives one, else Apache OpenNLP's detector (103
 * languages, model from {@code opennlp-models-langdetect}) on the text without handles, links and hashtags,
 * which say nothing about the language and mislead it on short posts.
 * <p>
 * The model is asked directly with the features OpenNLP's {@code LanguageDetectorME} would give it (the text
 * through the same normalizers, lower-cased, every distinct 1- to 3-character n-gram): its own n-gram model
 * lower-cased every n-gram again through a stream and kept them in buffers, most of a detection's time.
 */
public class LanguageIdentifier {
    public static final String UNDETERMINED = "und";
    private static final String MODEL = "/langdetect-183.bin";
    private static final Pattern NOT_LANGUAGE = Pattern.compile("https?://\\S+|[@#]\\w+|\\p{N}+");
    /** Below this many letters a guess is a coin toss. */
    private static final int MIN_LETTERS = 12;
    private static final double MIN_CONFIDENCE = 0.1;

    private static final int MIN_NGRAM = 1;
    private static final int MAX_NGRAM = 3;
    /** The normalizers of OpenNLP's {@code LanguageDetectorFactory}, in its order. */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    private final MaxentModel model;
    private final Map<String, String> twoLetterCodes = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream model = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (model == null) {
                throw new IllegalStateException(MODEL + " not on the classpath: opennlp-models-langdetect is missing");
            }
            this.model = new LanguageDetectorModel(model).getMaxentModel();
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
        double[] probabilities = model.eval(ngrams(NORMALIZER.normalize(words)));
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
        String language = model.getOutcome(best);
        return new DetectedLanguage(twoLetterCodes.getOrDefault(language, language), round(confidence), "detected");
    }

    /** Every distinct n-gram of the lower-cased text, as OpenNLP's {@code NGramCharModel} makes them. */
    private static String[] ngrams(CharSequence text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
        String chars = lower.toString();
        Set<String> grams = new HashSet<>();
        for (int length = MIN_NGRAM; length <= MAX_NGRAM; length++) {
            for (int start = 0; start + length <= chars.length(); start++) {
                grams.add(chars.substring(start, start + length));
            }
        }
        return grams.toArray(String[]::new);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
