package dev.parley.triage.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a post's text into a sparse vector: word unigrams and bigrams plus character 3–5-grams inside
 * words, hashed into {@link #DIMENSIONS} slots (no vocabulary to store or grow). Handles, links and
 * numbers are folded into one token each, so "@AcmeAir" and "@Globex" mean the same thing. Counts are
 * dampened ({@code 1 + ln tf}) and weighted by inverse document frequency when one is given. Hashes are
 * computed over the characters in place, without building a string per feature: this runs for every post.
 */
public final class TextFeatures {
    public static final int DIMENSIONS = 1 << 18;
    /** Links, handles, words and hashtags, runs of ! and ?, emoji, and emoticons such as :) :-( ;d <3. */
    private static final Pattern TOKEN = Pattern.compile(
            "https?://\\S+|@\\w+|#?[\\p{L}\\p{N}']+|[!?]+|[\\p{So}\\p{Sk}]|[:;=]'?-?[)(dp/\\\\|*\\]\\[]|<3");
    /** Twitter's v1 API and many exports escape these three in post texts. */
    private static final Pattern ESCAPED = Pattern.compile("&(amp|lt|gt);");
    private static final int WORD = 0x1b873593;
    private static final int BIGRAM = 0x2f2a5c61;
    private static final int CHARS = 0x5f356495;
    private static final int START = hash(WORD, "<s>");

    private TextFeatures() {
    }

    /** Sparse features: ascending slots and their values. */
    public record Vector(int[] slots, double[] values) {
    }

    /** Every feature's slot, sorted, a slot once per occurrence. */
    static int[] slots(String text) {
        int[] slots = new int[64];
        int size = 0;
        Matcher m = TOKEN.matcher(unescaped(text.toLowerCase(Locale.ROOT)));
        int previous = START;
        while (m.find()) {
            String token = normalised(m.group());
            int word = hash(WORD, token);
            int needed = size + 2 + (token.length() + 2) * 3;
            if (needed > slots.length) {
                slots = Arrays.copyOf(slots, Math.max(needed, slots.length * 2));
            }
            slots[size++] = slot(word);
            slots[size++] = slot(previous * 31 + word + BIGRAM);
            previous = word;
            if (Character.isLetter(token.charAt(0)) && token.length() > 2) {
                // Character n-grams of "<token>", the angle brackets marking the word's edges.
                int length = token.length() + 2;
                for (int n = 3; n <= 5; n++) {
                    for (int i = 0; i + n <= length; i++) {
                        int h = CHARS + n;
                        for (int k = i; k < i + n; k++) {
                            h = 31 * h + (k == 0 ? '<' : k == length - 1 ? '>' : token.charAt(k - 1));
                        }
                        slots[size++] = slot(h);
                    }
                }
            }
        }
        int[] found = Arrays.copyOf(slots, size);
        Arrays.sort(found);
        return found;
    }

    /** The distinct slots of a text, ascending (document frequencies count these). */
    static int[] distinctSlots(String text) {
        return Arrays.stream(slots(text)).distinct().toArray();
    }

    /** The text's vector: dampened counts times {@code idf} (null: none), L2-normalised. */
    public static Vector vector(String text, float[] idf) {
        return vector(text, idf == null ? slot -> 1 : slot -> idf[slot]);
    }

    /** The text's vector: dampened counts times each slot's {@code idf}, L2-normalised. */
    static Vector vector(String text, IntToDoubleFunction idf) {
        int[] all = slots(text);
        int[] slots = new int[all.length];
        double[] values = new double[all.length];
        int distinct = 0;
        double norm = 0;
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j < all.length && all[j] == all[i]) {
                j++;
            }
            double value = (1 + Math.log(j - i)) * idf.applyAsDouble(all[i]);
            slots[distinct] = all[i];
            values[distinct++] = value;
            norm += value * value;
            i = j;
        }
        double length = norm > 0 ? Math.sqrt(norm) : 1;
        for (int i = 0; i < distinct; i++) {
            values[i] /= length;
        }
        return new Vector(Arrays.copyOf(slots, distinct), Arrays.copyOf(values, distinct));
    }

    private static String unescaped(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ESCAPED.matcher(text).replaceAll(m -> switch (m.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            default -> ">";
        });
    }

    private static String normalised(String token) {
        if (token.startsWith("http")) {
            return "<url>";
        }
        if (token.startsWith("@")) {
            return "<user>";
        }
        if (allDigits(token)) {
            return "<num>";
        }
        return token.length() > 3 && token.charAt(0) == '!' ? "!!!" : token;
    }

    private static boolean allDigits(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(int seed, String text) {
        int h = seed;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** Murmur3's finaliser, so similar hashes spread over the slots. */
    static int slot(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (DIMENSIONS - 1);
    }
}
