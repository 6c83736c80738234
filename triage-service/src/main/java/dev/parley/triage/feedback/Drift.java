package dev.parley.triage.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How often agents disagreed with triage on one field over a period: overall, per day and per label the
 * model gave (with what the agents said instead). A disagreement rate that climbs means the model drifts
 * from what customers now write: retrain.
 *
 * @param field   sentiment, intent or topic
 * @param from    start of the period (inclusive)
 * @param to      end of the period (exclusive)
 * @param overall all corrections in the period
 * @param days    per UTC day with corrections, oldest first
 * @param labels  per label the model gave
 */
public record Drift(String field, Instant from, Instant to, Share overall, List<Day> days, List<Label> labels) {

    /**
     * @param reviewed       corrections and confirmations by agents
     * @param disagreed      of those, where the agent chose another value
     * @param disagreementRate disagreed / reviewed (0 with nothing reviewed)
     */
    public record Share(long reviewed, long disagreed, double disagreementRate) {
    }

    public record Day(LocalDate day, Share share) {
    }

    /**
     * @param modelValue what the model said
     * @param share      how often agents disagreed with it
     * @param agentsSaid what agents said instead, and how often
     */
    public record Label(String modelValue, Share share, Map<String, Long> agentsSaid) {
    }
}
