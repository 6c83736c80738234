package dev.parley.triage.language;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.EvalParameters;
import opennlp.tools.ml.model.UniformPrior;

/**
 * OpenNLP's language model asked with a text's n-grams without making a String of each: an n-gram of up to three
 * UTF-16 chars is packed into a long with its length and looked up in an open-addressing table of the model's
 * 146,000 n-grams, built once from the model's own map (which is then dropped). The model is evaluated as OpenNLP
 * evaluates it ({@link GISModel#eval(int[], double[], EvalParameters)}, uniform prior), on the same distinct
 * 1- to 3-char n-grams of the lower-cased text that its {@code NGramCharModel} gives; making those Strings, hashing
 * them and looking them up in a map was most of a detection's time.
 */
final class NgramModel {
    static final int MAX_NGRAM = 3;
    private static final long NONE = -1;

    private final EvalParameters parameters;
    private final UniformPrior prior = new UniformPrior();
    private final String[] languages;
    private final long[] keys;
    private final int[] contexts;
    private final int mask;

    NgramModel(AbstractModel model) {
        Object[] structures = model.getDataStructures();
        Context[] params = (Context[]) structures[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> byNgram = (Map<String, Context>) structures[1];
        this.languages = (String[]) structures[2];
        this.parameters = new EvalParameters(params, languages.length);
        prior.setLabels(languages, null);
        Map<Context, Integer> indexes = new IdentityHashMap<>(params.length);
        for (int i = 0; i < params.length; i++) {
            indexes.put(params[i], i);
        }
        int capacity = Integer.highestOneBit(Math.max(2, byNgram.size()) * 2 - 1) << 1;
        this.mask = capacity - 1;
        this.keys = new long[capacity];
        this.contexts = new int[capacity];
        Arrays.fill(keys, NONE);
        byNgram.forEach((ngram, context) -> {
            if (ngram.length() > MAX_NGRAM) {
                throw new IllegalArgumentException("the language model has a " + ngram.length() + "-char n-gram");
            }
            int slot = slot(pack(ngram, 0, ngram.length()));
            keys[slot] = pack(ngram, 0, ngram.length());
            contexts[slot] = indexes.get(context);
        });
    }


    String language(int index) {
        return languages[index];
    }

    /** Each language's probability for the text (already normalized), as the model's {@code eval} gives it. */
    double[] eval(String text) {
        String chars = lowerCase(text);
        int[] found = new int[chars.length() * MAX_NGRAM];
        int count = 0;
        int[] seen = new int[Integer.highestOneBit(Math.max(2, found.length) * 2 - 1) << 1];
        int seenMask = seen.length - 1;
        for (int length = 1; length <= MAX_NGRAM; length++) {
            for (int start = 0; start + length <= chars.length(); start++) {
                int slot = slot(pack(chars, start, length));
                if (keys[slot] == NONE) {
                    continue;
                }
                // Each distinct n-gram counts once; seen holds context index + 1 (0: empty).
                int context = contexts[slot];
                int at = mix(context) & seenMask;
                while (seen[at] != 0 && seen[at] != context + 1) {
                    at = (at + 1) & seenMask;
                }
                if (seen[at] == 0) {
                    seen[at] = context + 1;
                    found[count++] = context;
                }
            }
        }
        int[] known = Arrays.copyOf(found, count);
        double[] probabilities = new double[languages.length];
        prior.logPrior(probabilities, known);
        return GISModel.eval(known, probabilities, parameters);
    }

    /** As OpenNLP lower-cases: code point by code point. */
    private static String lowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            lower.appendCodePoint(Character.toLowerCase(c));
            i += Character.charCount(c);
        }
        return lower.toString();
    }

    /** The slot of {@code key}, or of the empty slot where it would go. */
    private int slot(long key) {
        int at = mix(key) & mask;
        while (keys[at] != NONE && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private static long pack(CharSequence text, int start, int length) {
        long key = length;
        for (int i = 0; i < length; i++) {
            key = key << 16 | text.charAt(start + i);
        }
        return key;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }
}
