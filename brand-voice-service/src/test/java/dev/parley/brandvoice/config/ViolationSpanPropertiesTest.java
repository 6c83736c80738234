package dev.parley.brandvoice.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.brandvoice.CheckRules;
import dev.parley.brandvoice.check.BrandChecker;
import dev.parley.brandvoice.check.CustomerPost;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.profile.ProfileVersion;
import dev.parley.events.BrandCheck;
import dev.parley.events.Feeling;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.events.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Spans point at what they name, wherever it sits in a reply, and no input makes a rule report a span off the text. */
class ViolationSpanPropertiesTest {
    private static final List<String> FILLER = List.of("we", "are", "looking", "into", "your", "trip", "and", "the",
            "gate", "team", "today's", "flight", "will", "board", "soon", "thanks", "for", "waiting", "café", "naïve");
    private static final CustomerPost CALM = new CustomerPost("hi", null, SentimentLabel.NEUTRAL, List.of());
    private static final CustomerPost UPSET = new CustomerPost("argh", null, SentimentLabel.NEGATIVE,
            List.of(Feeling.ANGER));
    private static BrandChecker checker;
    private static ProfileVersion shippedDefault;

    @BeforeContainer
    static void shippedRules() throws Exception {
        checker = new BrandChecker(CheckRules.all(), Clock.systemUTC());
        shippedDefault = new ProfileVersion("default", 0, ReplyCorpusTest.shippedDefault(), "configuration",
                Instant.EPOCH, null);
    }

    @Property(tries = 300)
    void anOffendingPieceIsReportedExactlyWhereItWasPut(@ForAll("offending") String piece,
            @ForAll("sentences") List<String> before, @ForAll("sentences") List<String> after) {
        String prefix = String.join(" ", before) + " ";
        String draft = prefix + piece + " " + String.join(" ", after);

        BrandCheck check = checker.check("acme", shippedDefault, new Draft(draft, Platform.FACEBOOK, false, CALM));

        assertThat(check.violations()).anySatisfy(v -> {
            assertThat(v.start()).isEqualTo(prefix.length());
            assertThat(draft.substring(v.start(), v.end())).isEqualToIgnoringCase(piece);
        });
    }

    @Property(tries = 500)
    void everySpanLiesWithinTheDraft(@ForAll("anyText") String text, @ForAll boolean upset,
            @ForAll boolean privateChannel, @ForAll("platforms") Platform platform) {
        BrandCheck check = checker.check("acme", shippedDefault,
                new Draft(text, platform, privateChannel, upset ? UPSET : CALM));

        for (Violation v : check.violations()) {
            assertThat(v.start()).isBetween(0, text.length());
            assertThat(v.end()).isBetween(v.start(), text.length());
        }
        assertThat(check.score()).isBetween(0, 100);
    }

    @Provide
    Arbitrary<String> offending() {
        return Arbitraries.of("calm down", "Not Our Fault", "jane.doe@example.com", "4111 1111 1111 1111",
                "+44 20 7946 0958", "guarantee", "stop complaining", "Oh great");
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        return Arbitraries.of(FILLER).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(400).filter(s -> !s.isBlank())
                .injectDuplicates(0.1);
    }

    @Provide
    Arbitrary<Platform> platforms() {
        return Arbitraries.of(Platform.class);
    }
}
