package dev.parley.triage.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Screening;
import dev.parley.events.ScreeningLabel;
import dev.parley.events.SocialPost;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostScreeningTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private final PostScreening screening = new PostScreening();

    private static SocialPost post(String author, String text, Instant at) {
        return new SocialPost("x:" + text.hashCode() + at, "acme-air", Platform.X, "1", PostKind.PUBLIC_MENTION,
                new Author(author, author, null, 10, false), text, "en", at, at, null, "x:1", null);
    }

    @Test
    void aCustomerWithAProblemIsRelevant() {
        assertThat(screening.screen(post("a", "@AcmeAir my bag is lost", T))).isEqualTo(Screening.RELEVANT);
    }

    @Test
    void promotionLinksWithoutTextAndEmptyPostsAreFlaggedWithTheReason() {
        Screening spam = screening.screen(post("b", "@AcmeAir get FREE FOLLOWERS now", T));
        assertThat(spam.label()).isEqualTo(ScreeningLabel.SPAM);
        assertThat(spam.reason()).contains("free followers");
        assertThat(screening.screen(post("c", "@AcmeAir https://a.example/x https://b.example/y", T)).reason())
                .isEqualTo("2 links and almost no text");
        assertThat(screening.screen(post("d", "@AcmeAir #travel 🙏", T)).label()).isEqualTo(ScreeningLabel.IRRELEVANT);
    }

    @Test
    void theSameTextAgainAndAgainOrTooManyPostsAMinuteIsABot() {
        screening.screen(post("e", "@AcmeAir win a trip, follow me", T));
        screening.screen(post("e", "@AcmeAir win a trip, follow me", T.plusSeconds(600)));
        Screening third = screening.screen(post("e", "@AcmeAir win a trip, follow me", T.plusSeconds(1200)));
        assertThat(third.label()).isEqualTo(ScreeningLabel.BOT);
        assertThat(third.reason()).isEqualTo("the same text 3 times within an hour");

        Screening last = null;
        for (int i = 0; i < 7; i++) {
            last = screening.screen(post("f", "@AcmeAir post number " + i, T.plusSeconds(i * 5L)));
        }
        assertThat(last.reason()).isEqualTo("7 posts within a minute");
    }
}
