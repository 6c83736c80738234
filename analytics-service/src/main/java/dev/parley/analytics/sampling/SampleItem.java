package dev.parley.analytics.sampling;

import java.time.Instant;
import java.util.Map;

/**
 * One post or case a reviewer can read.
 *
 * @param id         Parley's id of the post, or the case id
 * @param url        where the post is on its platform, or null
 * @param who        the post's author (handle), or the agent who has the case (null when unassigned)
 * @param loudness   what the loudest sample ranks by: the author's followers, or the case's priority
 * @param text       what the customer wrote, or a line on the case (status, replies, escalation, SLA, CSAT)
 * @param at         when Parley accepted the post, or when the case opened
 * @param dimensions platform, channel, sentiment, topic (and team for cases): what representativeness is judged on
 */
public record SampleItem(String id, String url, String who, long loudness, String text, Instant at,
        Map<String, String> dimensions) {
    public SampleItem {
        dimensions = Map.copyOf(dimensions);
    }
}
