package dev.parley.brandvoice.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.BrandCheck;
import dev.parley.events.Verdict;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrandCheckerTest {
    private final BrandChecker checker = new BrandChecker(Clock.systemUTC());
    private final BrandGuidelines guidelines = new BrandGuidelines("acme-air", "3", List.of(
            new BannedPhrase("calm down", "dismissive", "I understand how frustrating this is"),
            new BannedPhrase("policy", "hides behind rules", null)));

    @Test
    void aCleanReplyPasses() {
        BrandCheck check = checker.check(guidelines, "Sorry about the delay, Jane. We're rebooking you now.");

        assertThat(check.verdict()).isEqualTo(Verdict.PASS);
        assertThat(check.score()).isEqualTo(100);
        assertThat(check.violations()).isEmpty();
        assertThat(check.guidelineVersion()).isEqualTo("3");
    }

    @Test
    void everyBannedPhraseIsBlockedWithItsSpanAndSuggestion() {
        String draft = "Per our POLICY you must Calm Down.";

        BrandCheck check = checker.check(guidelines, draft);

        assertThat(check.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(check.violations()).hasSize(2);
        var first = check.violations().get(0);
        assertThat(draft.substring(first.start(), first.end())).isEqualTo("POLICY");
        var second = check.violations().get(1);
        assertThat(draft.substring(second.start(), second.end())).isEqualTo("Calm Down");
        assertThat(second.suggestion()).isEqualTo("I understand how frustrating this is");
        assertThat(check.score()).isEqualTo(20);
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        assertThat(checker.check(guidelines, "Our policyholders are covered").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aBannedPhraseNeedsAReason() {
        assertThatThrownBy(() -> new BannedPhrase("whatever", " ", null)).hasMessageContaining("needs a reason");
    }
}
