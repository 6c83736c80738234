package dev.parley.ingestion.reviews;

import dev.parley.events.Author;
import dev.parley.events.Engagement;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.JsonFields;
import dev.parley.ingestion.posts.RawFormat;
import java.time.Instant;
import java.util.Map;

/**
 * Format {@value TrustpilotPoller#SOURCE}: a Trustpilot review (stars 1–5, title, text, consumer). Each
 * review is its own conversation; its external id is {@code trustpilot-<review id>}, as review sites
 * share the platform {@code review}.
 */
public class TrustpilotReviewFormat implements RawFormat {

    @Override
    public String source() {
        return TrustpilotPoller.SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        Map<String, Object> review = raw.payload();
        JsonFields fields = new JsonFields();
        String id = fields.text(review, "id", "id", true);
        long stars = fields.count(review, "stars", "stars");
        if (stars < 1 || stars > 5) {
            fields.reject("stars", "must be 1 to 5");
        }
        String title = fields.text(review, "title", "title", false);
        String text = fields.text(review, "text", "text", true);
        Instant createdAt = fields.instant(review, "createdAt", "createdAt", true, Instant::parse,
                "an ISO-8601 time such as 2026-11-22T10:15:30Z");
        Map<String, Object> consumer = fields.object(review, "consumer", "consumer", true);
        String consumerId = fields.text(consumer, "id", "consumer.id", true);
        String language = fields.text(review, "language", "language", false);
        fields.throwIfInvalid();

        String externalId = "trustpilot-" + id;
        String postId = SocialPost.postIdOf(Platform.REVIEW, externalId);
        return new SocialPost(postId, raw.brand(), Platform.REVIEW, externalId, PostKind.REVIEW,
                new Author(consumerId, null, fields.text(consumer, "displayName", "consumer.displayName", false),
                        0, false),
                title == null ? text : title + "\n\n" + text, language, createdAt, raw.receivedAt(), null, postId,
                "https://www.trustpilot.com/reviews/" + id)
                .withRating((int) stars)
                .withEngagement(new Engagement(fields.count(review, "numberOfLikes", "numberOfLikes"), 0, 0));
    }
}
