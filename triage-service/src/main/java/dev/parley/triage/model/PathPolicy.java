package dev.parley.triage.model;

import java.time.Duration;

/**
 * When a post takes the accurate path: never, where the fast path is unsure (its most likely label's
 * probability is below {@code belowConfidence}), or always. Models trained without an accurate path always
 * take the fast one.
 *
 * @param mode            never, when-unsure or always
 * @param belowConfidence with {@code when-unsure}: the fast path's confidence under which the accurate path decides
 * @param budget          with {@code when-unsure}: the time the accurate path may take; once spent, unsure posts
 *                        stay on the fast path until it refills
 * @param maxWait         with {@code when-unsure}: a post that has already waited longer than this to be triaged
 *                        stays on the fast path, so a queue drains instead of growing behind sentence embeddings;
 *                        null: no limit
 */
public record PathPolicy(Mode mode, double belowConfidence, AccurateBudget budget, Duration maxWait) {
    public static final PathPolicy FAST_ONLY = new PathPolicy(Mode.NEVER, 0);
    /** The share of one core the accurate path may use, unless configured otherwise. */
    public static final double DEFAULT_ACCURATE_CPU_SHARE = 0.5;
    /**
     * How long a post may have waited and still take the accurate path, unless configured otherwise. Once the
     * machine is busy, the accurate path takes what CPU is left whatever this is; what it sets is the backlog
     * that takes it, so it sits below the platform's latency target (accepted to case p99 250 ms).
     */
    public static final Duration DEFAULT_ACCURATE_MAX_WAIT = Duration.ofMillis(200);
    /** Below this confidence the fast path counts as unsure, unless configured otherwise. */
    public static final double DEFAULT_BELOW_CONFIDENCE = 0.6;

    public PathPolicy {
        if (belowConfidence < 0 || belowConfidence > 1) {
            throw new IllegalArgumentException("accurate-below-confidence must be 0..1, was " + belowConfidence);
        }
        budget = budget == null ? AccurateBudget.unlimited() : budget;
    }

    /** A policy whose accurate path is not limited in time. */
    public PathPolicy(Mode mode, double belowConfidence) {
        this(mode, belowConfidence, AccurateBudget.unlimited(), null);
    }

    /** When to use the accurate path. */
    public enum Mode {
        NEVER, WHEN_UNSURE, ALWAYS
    }

    /** A prediction and whether the accurate path made it. */
    public record Decision(TextClassifier.Prediction prediction, boolean accurate) {
    }

    public Decision predict(TextClassifier model, String text) {
        return predict(model, text, Duration.ZERO);
    }

    /** The prediction for a post that has waited {@code waited} since it was accepted. */
    public Decision predict(TextClassifier model, String text, Duration waited) {
        if (!model.hasAccuratePath() || mode == Mode.NEVER) {
            return new Decision(model.predict(text), false);
        }
        if (mode == Mode.ALWAYS) {
            return new Decision(model.predictAccurately(text), true);
        }
        TextClassifier.Prediction fast = model.predict(text);
        boolean late = maxWait != null && waited.compareTo(maxWait) > 0;
        if (fast.confidence() >= belowConfidence || late || !budget.allows()) {
            return new Decision(fast, false);
        }
        return new Decision(budget.timed(() -> model.predictAccurately(text)), true);
    }
}
