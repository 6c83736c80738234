package dev.parley.brandvoice.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.brandvoice.profile.BannedPhrase;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.ProfileVersion;
import dev.parley.events.BrandCheck;
import dev.parley.events.Platform;
import dev.parley.events.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BrandCheckerTest {
    private static final ProfileVersion GUIDELINES = new ProfileVersion("acme-air", 3, new BrandProfile(null, null,
            null, null, null, null, List.of(new BannedPhrase("calm down", "dismissive", "I understand")), null, null,
            null, null, null, null, null, null), "jo", Instant.EPOCH, null);

    /** Warns on every "hmm", to see how findings add up. */
    private static final CheckRule HMM = (draft, profile, findings) -> {
        Matcher m = Pattern.compile("hmm").matcher(draft.text());
        while (m.find()) {
            findings.warn("hmm", "hmm", m.start(), m.end(), null);
        }
    };
    private static final CheckRule BANNED = (draft, profile, findings) -> profile.bannedPhrases().forEach(b -> {
        Matcher m = PhrasePatterns.of(b.phrase()).matcher(draft.text());
        while (m.find()) {
            findings.block("banned-phrase", b.reason(), m.start(), m.end(), b.suggestion());
        }
    });
    private final BrandChecker checker = new BrandChecker(List.of(HMM, BANNED), Clock.systemUTC());

    @Test
    void aCleanReplyPassesWithFullMarksAndNamesTheGuidelinesThatCheckedIt() {
        BrandCheck check = checker.check("acme-air", GUIDELINES, draft("Sorry about the delay, Jane."));

        assertThat(check.verdict()).isEqualTo(Verdict.PASS);
        assertThat(check.score()).isEqualTo(100);
        assertThat(check.guidelineVersion()).isEqualTo("acme-air@3");
    }

    @Test
    void theWorstSeverityDecidesAndEveryViolationCostsPointsInOrderOfPosition() {
        BrandCheck check = checker.check("acme-air", GUIDELINES, draft("Calm   down, hmm, hmm."));

        assertThat(check.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(check.score()).isEqualTo(100 - BrandChecker.BLOCK_PENALTY - 2 * BrandChecker.WARN_PENALTY);
        assertThat(check.violations()).extracting(v -> v.start()).containsExactly(0, 13, 18);
        assertThat(check.violations().get(0).suggestion()).isEqualTo("I understand");
    }

    @Test
    void warningsAloneWarn() {
        assertThat(checker.check("acme-air", GUIDELINES, draft("hmm")).verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void aRuleCannotReportASpanOutsideTheDraft() {
        CheckRule broken = (draft, profile, findings) -> findings.warn("broken", "x", 0, 99, null);
        BrandChecker withBroken = new BrandChecker(List.of(broken), Clock.systemUTC());

        assertThatThrownBy(() -> withBroken.check("acme-air", GUIDELINES, draft("short")))
                .hasMessageContaining("outside a draft of 5 characters");
    }

    @Test
    void aDraftNeedsText() {
        assertThatThrownBy(() -> draft(" ")).hasMessageContaining("no text");
    }

    private static Draft draft(String text) {
        return new Draft(text, Platform.X, false, null);
    }
}
