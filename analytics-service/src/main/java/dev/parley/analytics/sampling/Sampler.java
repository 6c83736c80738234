package dev.parley.analytics.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Draws a sample from a stream of posts or cases in one pass, whatever its length (reservoir sampling), and counts
 * the population as it goes, so the sample can be judged against it. The same seed draws the same sample.
 */
public final class Sampler {
    private final Population of;
    private final SamplingMethod method;
    private final int size;
    private final String stratum;
    private final Random random;
    private final Map<String, Reservoir> reservoirs = new LinkedHashMap<>();
    private final PriorityQueue<SampleItem> loudest =
            new PriorityQueue<>(Comparator.comparingLong(SampleItem::loudness));
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private long population;
    private long negatives;

    /**
     * @param stratum for {@link SamplingMethod#STRATIFIED}, one of the population's dimensions
     */
    public Sampler(Population of, SamplingMethod method, int size, String stratum, long seed) {
        if (size < 1 || size > 1_000) {
            throw new IllegalArgumentException("size must be 1 to 1000, was " + size);
        }
        if (method == SamplingMethod.STRATIFIED && !of.dimensions().contains(stratum)) {
            throw new IllegalArgumentException("a stratified sample of " + of.noun() + " needs by= one of "
                    + of.dimensions());
        }
        this.of = of;
        this.method = method;
        this.size = size;
        this.stratum = stratum;
        this.random = new Random(seed);
    }

    public void offer(SampleItem item) {
        population++;
        negatives += "negative".equals(item.dimensions().get("sentiment")) ? 1 : 0;
        for (String d : of.dimensions()) {
            counts.computeIfAbsent(d, k -> new TreeMap<>()).merge(item.dimensions().getOrDefault(d, "none"), 1L,
                    Long::sum);
        }
        switch (method) {
            case RANDOM -> reservoirs.computeIfAbsent("all", k -> new Reservoir(size)).offer(item, random);
            case STRATIFIED -> reservoirs.computeIfAbsent(item.dimensions().getOrDefault(stratum, "none"),
                    k -> new Reservoir(size)).offer(item, random);
            case LOUDEST -> {
                loudest.add(item);
                if (loudest.size() > size) {
                    loudest.poll();
                }
            }
        }
    }

    public Sample sample() {
        List<SampleItem> items = switch (method) {
            case RANDOM -> reservoirs.isEmpty() ? List.of() : reservoirs.get("all").items();
            case STRATIFIED -> stratified();
            case LOUDEST -> loudest.stream().sorted(Comparator.comparingLong(SampleItem::loudness).reversed()).toList();
        };
        List<Sample.Mix> mixes = of.dimensions().stream().map(d -> mix(d, items)).toList();
        double populationNegative = population == 0 ? 0 : (double) negatives / population;
        double sampleNegative = items.isEmpty() ? 0 : (double) items.stream()
                .filter(i -> "negative".equals(i.dimensions().get("sentiment"))).count() / items.size();
        Sample.Bias bias = new Sample.Bias(populationNegative, sampleNegative, sampleNegative - populationNegative);
        return new Sample(of, method, population, items, mixes, bias, summary(items, mixes, bias));
    }

    /** Each stratum's share of the sample in proportion to its share of the population (largest remainders). */
    private List<SampleItem> stratified() {
        int n = (int) Math.min(size, population);
        Map<String, Integer> quota = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (var entry : reservoirs.entrySet()) {
            double exact = (double) n * counts.get(stratum).get(entry.getKey()) / population;
            quota.put(entry.getKey(), (int) Math.floor(exact));
            given += (int) Math.floor(exact);
            remainders.add(Map.entry(entry.getKey(), exact - Math.floor(exact)));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (int i = 0; given < n && i < remainders.size(); i++, given++) {
            quota.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        List<SampleItem> items = new ArrayList<>();
        quota.forEach((value, k) -> items.addAll(reservoirs.get(value).shuffled(random).subList(0,
                Math.min(k, reservoirs.get(value).items().size()))));
        return items;
    }

    private Sample.Mix mix(String dimension, List<SampleItem> items) {
        Map<String, Long> all = counts.getOrDefault(dimension, Map.of());
        Map<String, Long> inSample = new TreeMap<>();
        items.forEach(i -> inSample.merge(i.dimensions().getOrDefault(dimension, "none"), 1L, Long::sum));
        Map<String, Double> populationShares = new TreeMap<>();
        Map<String, Double> sampleShares = new TreeMap<>();
        all.forEach((value, count) -> {
            populationShares.put(value, (double) count / population);
            sampleShares.put(value, items.isEmpty() ? 0 : (double) inSample.getOrDefault(value, 0L) / items.size());
        });
        Double p = null;
        if (all.size() >= 2 && !items.isEmpty()) {
            double[] expected = all.values().stream().mapToDouble(c -> (double) c / population * items.size())
                    .toArray();
            long[] observed = all.keySet().stream().mapToLong(v -> inSample.getOrDefault(v, 0L)).toArray();
            p = new ChiSquareTest().chiSquareTest(expected, observed);
        }
        return new Sample.Mix(dimension, populationShares, sampleShares, p);
    }

    private String summary(List<SampleItem> items, List<Sample.Mix> mixes, Sample.Bias bias) {
        List<String> skewed = mixes.stream().filter(m -> m.pValue() != null && m.pValue() < 0.05)
                .map(Sample.Mix::dimension).toList();
        String all = "all " + of.noun();
        String negative = String.format(Locale.ROOT, "%.0f%% negative against %.0f%% of %s",
                100 * bias.sample(), 100 * bias.population(), all);
        String start = String.format(Locale.ROOT, "%d of %d %s (%s), %s", items.size(), population, of.noun(),
                method.wireName(), negative);
        if (method == SamplingMethod.LOUDEST) {
            String loudest = of == Population.POSTS ? "the loudest customers" : "the most urgent cases";
            return start + ": not a random sample — it shows " + loudest + ", not the typical one"
                    + (skewed.isEmpty() ? "."
                            : "; its " + String.join(", ", skewed) + " mix differs from " + all + ".");
        }
        return start + (skewed.isEmpty() ? ": its mix matches " + all + "." : ": its " + String.join(", ", skewed)
                + " mix differs from " + all + " more than chance explains; draw again or stratify.");
    }

    /** A uniform random sample of a stream of unknown length (Algorithm R). */
    private static final class Reservoir {
        private final int capacity;
        private final List<SampleItem> items = new ArrayList<>();
        private long seen;

        Reservoir(int capacity) {
            this.capacity = capacity;
        }

        void offer(SampleItem item, Random random) {
            seen++;
            if (items.size() < capacity) {
                items.add(item);
            } else {
                long slot = random.nextLong(seen);
                if (slot < capacity) {
                    items.set((int) slot, item);
                }
            }
        }

        List<SampleItem> items() {
            return items;
        }

        /** The reservoir in random order: its first k are a uniform sample of the stratum too. */
        List<SampleItem> shuffled(Random random) {
            List<SampleItem> copy = new ArrayList<>(items);
            Collections.shuffle(copy, random);
            return copy;
        }
    }
}
