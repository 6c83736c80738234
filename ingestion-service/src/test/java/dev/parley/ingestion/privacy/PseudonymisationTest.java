package dev.parley.ingestion.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.SocialPost;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymisationTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    private final Pseudonymisation pseudonymisation = new Pseudonymisation(Map.of(
            "acme-air", new Pseudonymisation.BrandPolicy("acme-air-salt-0123456789", false, Set.of("@Jane_Flies")),
            "globex", new Pseudonymisation.BrandPolicy("globex-salt-9876543210", true, Set.of())));

    private static SocialPost dm(String brand, String authorId, String handle) {
        return new SocialPost("x:" + authorId + "-1", brand, Platform.X, authorId + "-1", PostKind.DIRECT_MESSAGE,
                new Author(authorId, handle, "Jane Doe", 1200, true), "my booking is ABC123", null, T, T, null,
                "x:dm:" + authorId, null);
    }

    @Test
    void aListedCustomerGetsASaltedPseudonymAndLosesHandleAndName() {
        SocialPost post = pseudonymisation.apply(dm("acme-air", "42", "jane_flies"));

        assertThat(post.author().id()).matches("anon-[0-9a-f]{16}");
        assertThat(post.author().handle()).isNull();
        assertThat(post.author().name()).isNull();
        assertThat(post.author().followers()).isEqualTo(1200);
        assertThat(post.conversationId()).isEqualTo("x:dm:" + post.author().id());
        assertThat(post.text()).isEqualTo("my booking is ABC123");
    }

    @Test
    void pseudonymsAreStablePerBrandAndDifferAcrossBrands() {
        String inAcme = pseudonymisation.apply(dm("acme-air", "42", "jane_flies")).author().id();

        assertThat(pseudonymisation.apply(dm("acme-air", "42", "jane_flies")).author().id()).isEqualTo(inAcme);
        assertThat(pseudonymisation.apply(dm("globex", "42", "jane_flies")).author().id()).startsWith("anon-")
                .isNotEqualTo(inAcme);
    }

    @Test
    void othersAreLeftAsTheyAre() {
        SocialPost other = dm("acme-air", "43", "sam");

        assertThat(pseudonymisation.apply(other)).isSameAs(other);
        assertThat(pseudonymisation.apply(dm("initech", "42", "jane_flies")).author().id()).isEqualTo("42");
    }
}
