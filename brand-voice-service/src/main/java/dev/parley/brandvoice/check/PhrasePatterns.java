package dev.parley.brandvoice.check;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Phrases as patterns that match whole words, case-insensitively, with any run of spaces between words. Compiled
 * once: profiles change rarely, checks run constantly.
 */
public final class PhrasePatterns {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private PhrasePatterns() {
    }

    public static Pattern of(String phrase) {
        return COMPILED.computeIfAbsent(phrase, p -> Pattern.compile(source(p), Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE));
    }

    /** The term exactly as written (e.g. an acronym), on word boundaries. */
    public static Pattern exactly(String term) {
        return COMPILED.computeIfAbsent("\u0001" + term, k -> Pattern.compile("\\b" + Pattern.quote(term) + "\\b"));
    }

    /** One pattern matching any of the phrases, longest first so the longer of two overlapping phrases wins. */
    public static Pattern anyOf(Collection<String> phrases) {
        String key = "\u0000" + String.join("\u0000", phrases);
        return COMPILED.computeIfAbsent(key, k -> Pattern.compile(phrases.stream()
                        .sorted((a, b) -> b.length() - a.length())
                        .map(PhrasePatterns::source)
                        .collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    public static boolean contains(String text, Collection<String> phrases) {
        return !phrases.isEmpty() && anyOf(phrases).matcher(text).find();
    }

    private static String source(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        // \b only where the phrase starts or ends with a word character: "100%" or "!!!" have no boundary after.
        String start = Character.isLetterOrDigit(phrase.strip().charAt(0)) ? "\\b" : "";
        String end = Character.isLetterOrDigit(phrase.strip().charAt(phrase.strip().length() - 1)) ? "\\b" : "";
        return "(?:" + start + regex + end + ")";
    }
}
