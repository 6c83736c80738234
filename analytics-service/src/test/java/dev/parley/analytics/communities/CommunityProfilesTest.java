package dev.parley.analytics.communities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Screening;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.events.TopicMatch;
import dev.parley.events.TriagedPost;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommunityProfilesTest {
    private int id;

    @Test
    void platformsHashtagsSubredditsAndInfluencersWithTheirSizeSentimentAndTopics() {
        CommunityProfiles profiles = new CommunityProfiles(10_000);
        for (int i = 0; i < 6; i++) {
            profiles.offer(post(Platform.X, "fan" + i, 50, "Lost my bag again #AcmeFail #travel", null,
                    SentimentLabel.NEGATIVE, "lost-luggage"));
        }
        profiles.offer(post(Platform.X, "bigvoice", 250_000, "Acme lost my bag #acmefail", null,
                SentimentLabel.NEGATIVE, "lost-luggage"));
        profiles.offer(post(Platform.REDDIT, "r1", 10, "anyone else stuck at JFK?",
                "https://www.reddit.com/r/travel/comments/abc/stuck", SentimentLabel.NEUTRAL, "late-flight"));
        profiles.offer(post(Platform.REDDIT, "r2", 10, "crew were great",
                "https://www.reddit.com/r/Travel/comments/def/crew", SentimentLabel.POSITIVE, "staff"));
        profiles.offer(post(Platform.REDDIT, "r3", 10, "delayed again", null, SentimentLabel.NEGATIVE, "late-flight",
                "r/Travel"));
        for (int i = 0; i < 2; i++) {
            profiles.offer(post(Platform.FACEBOOK, "fb" + i, 5, "two hours on hold", null, SentimentLabel.NEGATIVE,
                    "customer-service", "page:104928371122"));
        }
        profiles.offer(post(Platform.YOUTUBE, "yt", 5, "great video", null, SentimentLabel.POSITIVE, "staff",
                "channel:UCacmeAir"));

        CommunityProfiles.Profiles result = profiles.profiles();

        assertThat(result.posts()).isEqualTo(13);
        assertThat(result.platforms()).extracting(CommunityProfiles.Profile::name)
                .containsExactly("x", "reddit", "facebook", "youtube");
        CommunityProfiles.Profile acmeFail = result.communities().get(0);
        assertThat(acmeFail.name()).isEqualTo("#acmefail");
        assertThat(acmeFail.posts()).isEqualTo(7);
        assertThat(acmeFail.authors()).isEqualTo(7);
        assertThat(acmeFail.negativeShare()).isEqualTo(1.0);
        assertThat(acmeFail.topics()).containsEntry("lost-luggage", 7L);
        assertThat(result.communities()).extracting(CommunityProfiles.Profile::name)
                .containsExactly("#acmefail", "#travel", "r/travel", "page:104928371122", "channel:UCacmeAir");
        assertThat(result.communities().get(2).posts()).isEqualTo(3);
        assertThat(result.communities().get(3).negativeShare()).isEqualTo(1.0);
        assertThat(result.influencers()).extracting(CommunityProfiles.Profile::name).containsExactly("x:bigvoice");
        assertThat(result.influencers().get(0).followers()).isEqualTo(250_000);
    }

    private TriagedPost post(Platform platform, String handle, long followers, String text, String url,
            SentimentLabel label, String topic) {
        return post(platform, handle, followers, text, url, label, topic, null);
    }

    private TriagedPost post(Platform platform, String handle, long followers, String text, String url,
            SentimentLabel label, String topic, String community) {
        Instant at = Instant.parse("2026-11-22T10:00:00Z").plusSeconds(id++);
        String postId = platform.wireName() + ":" + id;
        return new TriagedPost(new SocialPost(postId, "acme-air", platform, String.valueOf(id), PostKind.PUBLIC_MENTION,
                new Author("a-" + handle, handle, null, followers, false), text, "en", at, at, null, postId, url)
                .withCommunity(community),
                new Sentiment(label, 0, 0.8), new Priority(20, List.of()), "m", at, null, null,
                List.of(new TopicMatch(topic, 0.9, "keywords", List.of())), null, Screening.RELEVANT, null, List.of());
    }
}
