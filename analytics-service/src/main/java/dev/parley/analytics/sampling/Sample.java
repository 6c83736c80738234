package dev.parley.analytics.sampling;

import java.util.List;
import java.util.Map;

/**
 * A sample for quality review and how far it can be trusted to speak for all posts or cases.
 *
 * @param of         posts or cases
 * @param method     how it was drawn
 * @param population posts or cases it was drawn from
 * @param items      what to review
 * @param dimensions per dimension, the sample's mix against the population's
 * @param negative   the negative share in the sample against the population's: the bias that matters most
 * @param summary    one sentence for the reviewer
 */
public record Sample(Population of, SamplingMethod method, long population, List<SampleItem> items,
        List<Mix> dimensions,
        Bias negative, String summary) {

    /**
     * @param dimension  e.g. {@code platform}
     * @param population share of each value among all posts or cases
     * @param sample     share of each value in the sample
     * @param pValue     chi-square goodness of fit of the sample's counts to the population's shares; below 0.05 the
     *                   sample's mix differs from the population's more than chance explains
     */
    public record Mix(String dimension, Map<String, Double> population, Map<String, Double> sample,
            Double pValue) {
    }

    /**
     * @param population share among all posts or cases
     * @param sample     share in the sample
     * @param difference sample − population, in share points
     */
    public record Bias(double population, double sample, double difference) {
    }
}
