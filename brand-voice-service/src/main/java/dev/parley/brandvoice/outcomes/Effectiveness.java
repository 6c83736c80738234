package dev.parley.brandvoice.outcomes;

import dev.parley.support.stats.Proportions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which phrases and voice attributes go with better outcomes. Each is compared with the brand's other replies (those
 * without it) on two shares, resolved without reopening and a customer's next post not negative, by a two-sided
 * two-proportion z-test; a difference counts only with enough replies on both sides and p below 0.05.
 *
 * @param brand      the brand
 * @param since      replies sent from then on
 * @param baseline   all the brand's replies
 * @param phrases    per preferred phrase, most used first
 * @param attributes per voice attribute, most used first
 */
public record Effectiveness(String brand, Instant since, Outcome baseline, List<Outcome> phrases,
        List<Outcome> attributes) {
    /** Fewer replies than this on either side and a difference is not reported as one. */
    public static final int MIN_REPLIES = 30;
    public static final double SIGNIFICANCE = 0.05;

    public static Effectiveness of(String brand, Instant since, List<OutcomeCounts> counts) {
        OutcomeCounts all = counts.stream().filter(c -> c.kind().equals("all")).findFirst()
                .orElse(new OutcomeCounts("all", "all", 0, 0, 0, 0, 0, 0));
        return new Effectiveness(brand, since, outcome(all, null), of(counts, "phrase", all),
                of(counts, "attribute", all));
    }

    private static List<Outcome> of(List<OutcomeCounts> counts, String kind, OutcomeCounts all) {
        return counts.stream().filter(c -> c.kind().equals(kind)).map(c -> outcome(c, all))
                .sorted(Comparator.comparingLong(Outcome::replies).reversed()).toList();
    }

    private static Outcome outcome(OutcomeCounts with, OutcomeCounts all) {
        Double meanCsat = with.csatAnswers() == 0 ? null : (double) with.csatTotal() / with.csatAnswers();
        Comparison resolved = all == null ? null
                : compare(with.resolved(), with.replies(), all.resolved() - with.resolved(), all.replies() - with.replies());
        Comparison calm = all == null ? null
                : compare(with.calmReactions(), with.reactions(), all.calmReactions() - with.calmReactions(),
                        all.reactions() - with.reactions());
        return new Outcome(with.name(), with.replies(), with.csatAnswers(), meanCsat,
                share(with.resolved(), with.replies()), share(with.calmReactions(), with.reactions()), resolved, calm);
    }

    static Comparison compare(long hitsWith, long nWith, long hitsWithout, long nWithout) {
        Double with = share(hitsWith, nWith);
        Double without = share(hitsWithout, nWithout);
        if (with == null || without == null) {
            return new Comparison(with, without, null, null, false);
        }
        double p = Proportions.compare(hitsWith, nWith, hitsWithout, nWithout).pValue();
        boolean significant = p < SIGNIFICANCE && nWith >= MIN_REPLIES && nWithout >= MIN_REPLIES;
        return new Comparison(with, without, with - without, p, significant);
    }

    private static Double share(long hits, long n) {
        return n == 0 ? null : (double) hits / n;
    }

    /**
     * @param name              the phrase or attribute ({@code all} for the baseline)
     * @param replies           replies that used it
     * @param csatAnswers       of their cases, those with a CSAT answer
     * @param meanCsat          mean CSAT (1–5) of those, or null
     * @param resolvedShare     share of replies whose case was resolved and not reopened
     * @param calmShare         share of customers' next posts that were not negative
     * @param resolvedVsOthers  resolved share against replies without it (null for the baseline)
     * @param calmVsOthers      calm share against replies without it (null for the baseline)
     */
    public record Outcome(String name, long replies, long csatAnswers, Double meanCsat, Double resolvedShare,
            Double calmShare, Comparison resolvedVsOthers, Comparison calmVsOthers) {
    }

    /**
     * @param with        the share among replies with it
     * @param without     the share among replies without it
     * @param difference  with − without
     * @param pValue      two-sided p of the two-proportion z-test ({@link Proportions}), or null when a side has no
     *                    replies
     * @param significant p below 0.05 with at least {@value #MIN_REPLIES} replies on each side
     */
    public record Comparison(Double with, Double without, Double difference, Double pValue, boolean significant) {
    }
}
