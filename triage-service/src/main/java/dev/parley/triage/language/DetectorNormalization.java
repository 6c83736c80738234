package dev.parley.triage.language;

import dev.parley.triage.cues.CuePattern;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A text as OpenNLP's language detector normalizes it before taking its n-grams: the normalizers of its
 * {@code LanguageDetectorFactory} in their order (emoji, links and e-mail addresses, handles and hashtags, retweet
 * marks, emoticons and laughter, digits, runs of spaces and of one character), with their own expressions, the
 * model having been trained on texts made so. OpenNLP runs each expression over the whole text; that was a third
 * of a detection's time. Here each expression is tried only where it can begin ({@link CuePattern}: a run of
 * spaces or of one character, for instance, only where two spaces or two of the same character meet), an e-mail
 * address only in a text with an {@code @}; the result is the same text ({@code DetectorNormalizationTest}).
 */
final class DetectorNormalization {
    private static final List<UnaryOperator<String>> STEPS = List.of(
            replaceCues("[\\uD83C-\\uDBFF\\uDC00-\\uDFFF]+", " "),
            replaceCues("https?://[-_.?&~;+=/#0-9A-Za-z]+", " "),
            onlyWith('@', replace("(?<![-+_.0-9A-Za-z])[-+_.0-9A-Za-z]+@[-0-9A-Za-z]+[-.0-9A-Za-z]+", " ")),
            replaceCues("[#@]\\S+", " "),
            replaceCues("(?i)\\b(rt[ :])+", " "),
            replaceCues("(?i)[:;x]-?[()dop]", " "),
            laughter(),
            replaceCues("\\d+", " "),
            replaceCues("(?i)\\s{2,}", " "),
            shrinkRepeats(),
            String::trim);

    private DetectorNormalization() {
    }

    static String normalize(String text) {
        for (UnaryOperator<String> step : STEPS) {
            text = step.apply(text);
        }
        return text;
    }

    private static UnaryOperator<String> replace(String regex, String replacement) {
        Pattern pattern = Pattern.compile(regex);
        return text -> pattern.matcher(text).replaceAll(replacement);
    }

    private static UnaryOperator<String> replaceCues(String regex, String replacement) {
        CuePattern pattern = CuePattern.compile(regex);
        return text -> pattern.replaceAll(text, match -> replacement);
    }

    /** Three or more of the same character (either case) to two of the first. */
    private static UnaryOperator<String> shrinkRepeats() {
        CuePattern repeated = CuePattern.compile("(?i)(.)\\1{2,}");
        return text -> repeated.replaceAll(text, m -> m.group(1) + m.group(1));
    }

    /** "hahaha" and "jajaja" to "haha" and "jaja". */
    private static UnaryOperator<String> laughter() {
        CuePattern laugh = CuePattern.compile("(?i)([hj])+([aieou])+(\\1+\\2+)+");
        return text -> laugh.replaceAll(text, m -> m.group(1) + m.group(2) + m.group(1) + m.group(2));
    }

    private static UnaryOperator<String> onlyWith(char required, UnaryOperator<String> step) {
        return text -> text.indexOf(required) < 0 ? text : step.apply(text);
    }
}
