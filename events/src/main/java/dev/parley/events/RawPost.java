package dev.parley.events;

import java.time.Instant;
import java.util.Map;

/**
 * One platform item exactly as it arrived, for normalisation, audit and replay. Schema
 * {@code raw-post.v1}. Keyed by {@code postId}, so every delivery of an item lands in one partition.
 *
 * @param postId     {@code <platform>:<external id>} of the item
 * @param source     the connector and format it came through, e.g. {@code x-account-activity-tweet}
 * @param platform   where the item was made
 * @param brand      the brand whose channel received it
 * @param receivedAt when Parley accepted it
 * @param payload    the item's JSON as the platform sent it
 * @param context    what the envelope around the item said that the item itself does not (e.g. the
 *                   sender's profile of a direct message); empty when nothing
 */
public record RawPost(
        String postId,
        String source,
        Platform platform,
        String brand,
        Instant receivedAt,
        Map<String, Object> payload,
        Map<String, Object> context) {
    public RawPost {
        context = context == null ? Map.of() : context;
    }
}
