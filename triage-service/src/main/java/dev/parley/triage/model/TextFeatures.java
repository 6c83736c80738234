package dev.parley.triage.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a post's text into a sparse vector: word unigrams and bigrams plus character 3–5-grams inside
 * words, hashed into {@link #DIMENSIONS} slots (no vocabulary to store or grow). Handles, links and
 * numbers are folded into one token each, so "@AcmeAir" and "@Globex" mean the same thing. Counts are
 * dampened ({@code 1 + ln tf}) and weighted by inverse document frequency when one is given.
 */
public final class TextFeatures {
    public static final int DIMENSIONS = 1 << 18;
    private static final Pattern TOKEN = Pattern.compile("https?://\\S+|@\\w+|#?[\\p{L}\\p{N}']+|[!?]+|[\\p{So}\\p{Sk}]");

    private TextFeatures() {
    }

    /** Sparse features: ascending slots and their values. */
    public record Vector(int[] slots, double[] values) {
    }

    /** Raw term counts by slot. */
    static Map<Integer, Integer> counts(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        String previous = "<s>";
        while (m.find()) {
            String token = normalised(m.group());
            add(counts, "w:" + token);
            add(counts, "b:" + previous + " " + token);
            previous = token;
            if (Character.isLetter(token.charAt(0)) && token.length() > 2) {
                String padded = "<" + token + ">";
                for (int n = 3; n <= 5; n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        add(counts, "c:" + padded.substring(i, i + n));
                    }
                }
            }
        }
        return counts;
    }

    /** The text's vector: dampened counts times {@code idf} (null: none), L2-normalised. */
    public static Vector vector(String text, float[] idf) {
        Map<Integer, Integer> counts = counts(text);
        int[] slots = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] values = new double[slots.length];
        double norm = 0;
        for (int i = 0; i < slots.length; i++) {
            values[i] = (1 + Math.log(counts.get(slots[i]))) * (idf == null ? 1 : idf[slots[i]]);
            norm += values[i] * values[i];
        }
        if (norm > 0) {
            double length = Math.sqrt(norm);
            for (int i = 0; i < values.length; i++) {
                values[i] /= length;
            }
        }
        return new Vector(slots, values);
    }

    private static String normalised(String token) {
        if (token.startsWith("http")) {
            return "<url>";
        }
        if (token.startsWith("@")) {
            return "<user>";
        }
        if (token.chars().allMatch(Character::isDigit)) {
            return "<num>";
        }
        return token.length() > 3 && token.charAt(0) == '!' ? "!!!" : token;
    }

    private static void add(Map<Integer, Integer> counts, String feature) {
        counts.merge(slot(feature), 1, Integer::sum);
    }

    /** A well-mixed hash (murmur3's finaliser over String.hashCode), so similar features spread out. */
    static int slot(String feature) {
        int h = feature.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (DIMENSIONS - 1);
    }
}
