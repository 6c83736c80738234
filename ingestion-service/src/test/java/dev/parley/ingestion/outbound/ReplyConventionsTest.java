package dev.parley.ingestion.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.Platform;
import dev.parley.events.ReplyRequested;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReplyConventionsTest {
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final ReplyConventions conventions = new ReplyConventions();

    static ReplyRequested reply(Platform platform, boolean privately, String text, Instant customerPostAt) {
        return new ReplyRequested("r1", "c1", privately ? platform.wireName() + ":dm:777" : platform.wireName() + ":100",
                "acme-air", platform, "100", privately, text, "agent-7", "chk-1", NOW, "jane_flies", customerPostAt);
    }

    @Test
    void aPublicReplyOnXAddressesTheCustomerByHandle() {
        assertThat(conventions.prepare(reply(Platform.X, false, "So sorry, we're tracing the bag.", NOW), NOW))
                .isEqualTo("@jane_flies So sorry, we're tracing the bag.");
        assertThat(conventions.prepare(reply(Platform.X, false, "@Jane_Flies so sorry!", NOW), NOW))
                .isEqualTo("@Jane_Flies so sorry!");
        assertThat(conventions.prepare(reply(Platform.X, false, "@jane_flies2 is not you", NOW), NOW))
                .startsWith("@jane_flies @jane_flies2");
        assertThat(conventions.prepare(reply(Platform.X, true, "Hi Jane, can you share the booking reference?", NOW), NOW))
                .doesNotContain("@");
        assertThat(conventions.prepare(reply(Platform.FACEBOOK, false, "Sorry Jane!", NOW), NOW)).isEqualTo("Sorry Jane!");
    }

    @Test
    void aReplyOverThePlatformsLimitIsRefusedWithTheNumbers() {
        String longText = "a".repeat(270);

        assertThatThrownBy(() -> conventions.prepare(reply(Platform.X, false, longText, NOW), NOW))
                .isInstanceOf(ReplyRefusedException.class)
                .hasMessage("too long for x public replies: 282 characters, the limit is 280");
        assertThat(conventions.prepare(reply(Platform.X, true, longText, NOW), NOW)).hasSize(270);
    }

    @Test
    void metaPrivateRepliesOnlyWithinTwentyFourHoursOfTheCustomersMessage() {
        Instant yesterday = NOW.minus(Duration.ofHours(25));

        assertThatThrownBy(() -> conventions.prepare(reply(Platform.FACEBOOK, true, "Hi!", yesterday), NOW))
                .hasMessageContaining("outside Meta's 24-hour messaging window: the customer last wrote at 2026-11-21T11:00:00Z");
        assertThatThrownBy(() -> conventions.prepare(reply(Platform.INSTAGRAM, true, "Hi!", null), NOW))
                .hasMessageContaining("time of that message is unknown");
        assertThat(conventions.prepare(reply(Platform.INSTAGRAM, true, "Hi!", NOW.minus(Duration.ofHours(23))), NOW))
                .isEqualTo("Hi!");
        assertThat(conventions.prepare(reply(Platform.X, true, "Hi!", yesterday), NOW)).isEqualTo("Hi!");
    }
}
