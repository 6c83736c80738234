package dev.parley.brandvoice.clarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences of a reply and their Flesch reading ease (206.835 − 1.015 words/sentence − 84.6 syllables/word). */
public final class Readability {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|\\n|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    /** The reply's sentences with their spans, words and reading ease. */
    public static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            int words = 0;
            int syllables = 0;
            Matcher w = WORD.matcher(text).region(s.start(), s.end());
            while (w.find()) {
                words++;
                syllables += syllables(w.group());
            }
            if (words > 0) {
                int start = s.start();
                while (Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                int end = s.end();
                while (Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                double ease = 206.835 - 1.015 * words - 84.6 * ((double) syllables / words);
                sentences.add(new Sentence(start, end, words, ease));
            }
        }
        return sentences;
    }

    /** English syllables, by vowel groups less a silent final e: close enough for a readability score. */
    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int count = 0;
        Matcher m = VOWEL_GROUP.matcher(lower);
        while (m.find()) {
            count++;
        }
        if (lower.endsWith("e") && !lower.endsWith("le") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }

    /**
     * @param start first character (inclusive)
     * @param end   last character (exclusive), after its closing punctuation
     * @param ease  Flesch reading ease: 60–70 is plain English, below 30 is hard going
     */
    public record Sentence(int start, int end, int words, double ease) {
    }
}
