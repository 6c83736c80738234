package dev.parley.triage.language;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;

/**
 * OpenNLP's language model (a maximum-entropy model over the distinct 1- to 3-char n-grams of the lower-cased text,
 * as its {@code NGramCharModel} makes them) evaluated as its {@code GISModel} evaluates it (uniform prior, each
 * n-gram's weights summed per language, softmax), with the model laid out for it. An n-gram is packed into a long
 * (its length and up to three UTF-16 chars) and looked up in an open-addressing table instead of made into a
 * String and looked up in a map (most of OpenNLP's own evaluation); each n-gram's weights lie in two flat arrays
 * instead of two arrays per n-gram spread over the heap. Built once from the model's own structures, which are
 * then dropped (20 MB); the probabilities are OpenNLP's up to the order of the sums. What remains is the sums
 * themselves: about 12,000 additions a post, most of them for the common n-grams, which have weights for most
 * languages. Those n-grams' weights are kept as full rows (a zero for a language without one), which the JIT
 * adds several languages at a time, in about the memory their sparse form took; the rest stay sparse. Adding
 * zero changes no sum, so the probabilities are the same either way.
 */
final class NgramModel {
    private static final int MAX_NGRAM = 3;
    private static final long NONE = -1;
    /** An n-gram with weights for at least this many languages has a full row (as much memory as sparse). */
    private static final int DENSE_FROM = 64;

    private final String[] languages;
    /** Each language's log prior, uniform as the model's own: where every evaluation's sums start. */
    private final double[] logPrior;
    /**
     * N-grams are numbered dense ones first: n-gram {@code i < denseCount} has the weights
     * {@code dense[i * languages.length ..]}, one for every language.
     */
    private final int denseCount;
    private final double[] dense;
    /**
     * Sparse n-gram {@code i} (numbered from 0 after the dense ones) has the weights
     * {@code weights[first[i]..first[i + 1])}, for the languages in {@code language}.
     */
    private final int[] first;
    private final byte[] language;
    private final double[] weights;
    private final long[] keys;
    private final int[] ngrams;
    private final int mask;

    NgramModel(AbstractModel model) {
        @SuppressWarnings("unchecked")
        Map<String, Context> byNgram = (Map<String, Context>) model.getDataStructures()[1];
        this.languages = (String[]) model.getDataStructures()[2];
        if (languages.length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("the language model has " + languages.length + " languages");
        }
        UniformPrior prior = new UniformPrior();
        prior.setLabels(languages, null);
        this.logPrior = new double[languages.length];
        prior.logPrior(logPrior, new int[0]);
        int capacity = Integer.highestOneBit(byNgram.size() * 3 / 2) << 1;
        this.mask = capacity - 1;
        this.keys = new long[capacity];
        this.ngrams = new int[capacity];
        Arrays.fill(keys, NONE);
        this.denseCount = (int) byNgram.values().stream().filter(NgramModel::isDense).count();
        this.dense = new double[denseCount * languages.length];
        this.first = new int[byNgram.size() - denseCount + 1];
        this.language = new byte[byNgram.values().stream().filter(c -> !isDense(c))
                .mapToInt(c -> c.getOutcomes().length).sum()];
        this.weights = new double[language.length];
        int denseIndex = 0;
        int sparseIndex = 0;
        for (Map.Entry<String, Context> entry : byNgram.entrySet()) {
            String ngram = entry.getKey();
            if (ngram.length() > MAX_NGRAM) {
                throw new IllegalArgumentException("the language model has a " + ngram.length() + "-char n-gram");
            }
            long key = pack(ngram, 0, ngram.length());
            int slot = slot(key);
            keys[slot] = key;
            int[] outcomes = entry.getValue().getOutcomes();
            double[] parameters = entry.getValue().getParameters();
            if (isDense(entry.getValue())) {
                ngrams[slot] = denseIndex;
                for (int i = 0; i < outcomes.length; i++) {
                    dense[denseIndex * languages.length + outcomes[i]] = parameters[i];
                }
                denseIndex++;
            } else {
                ngrams[slot] = denseCount + sparseIndex;
                for (int i = 0; i < outcomes.length; i++) {
                    language[first[sparseIndex] + i] = (byte) outcomes[i];
                    weights[first[sparseIndex] + i] = parameters[i];
                }
                first[sparseIndex + 1] = first[sparseIndex] + outcomes.length;
                sparseIndex++;
            }
        }
    }

    private static boolean isDense(Context ngram) {
        return ngram.getOutcomes().length >= DENSE_FROM;
    }

    String language(int index) {
        return languages[index];
    }

    /** Each language's probability for the text (already normalized), as the model's {@code eval} gives it. */
    double[] eval(String text) {
        String chars = lowerCase(text);
        int[] seen = new int[Integer.highestOneBit(Math.max(1, chars.length() * MAX_NGRAM) * 2) << 1];
        int seenMask = seen.length - 1;
        double[] probabilities = logPrior.clone();
        for (int length = 1; length <= MAX_NGRAM; length++) {
            for (int start = 0; start + length <= chars.length(); start++) {
                int slot = slot(pack(chars, start, length));
                if (keys[slot] == NONE) {
                    continue;
                }
                // Each distinct n-gram counts once; seen holds n-gram index + 1 (0: empty).
                int ngram = ngrams[slot];
                int at = mix(ngram) & seenMask;
                while (seen[at] != 0 && seen[at] != ngram + 1) {
                    at = (at + 1) & seenMask;
                }
                if (seen[at] == 0) {
                    seen[at] = ngram + 1;
                    add(ngram, probabilities);
                }
            }
        }
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = StrictMath.exp(probabilities[i]);
            sum += probabilities[i];
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= sum;
        }
        return probabilities;
    }

    /** Adds n-gram {@code ngram}'s weights to each language's sum. */
    private void add(int ngram, double[] sums) {
        if (ngram < denseCount) {
            int row = ngram * sums.length;
            for (int i = 0; i < sums.length; i++) {
                sums[i] += dense[row + i];
            }
        } else {
            int sparse = ngram - denseCount;
            for (int i = first[sparse]; i < first[sparse + 1]; i++) {
                sums[language[i]] += weights[i];
            }
        }
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
