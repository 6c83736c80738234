package dev.parley.brandvoice.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectivenessTest {

    @Test
    void aClearDifferenceOnEnoughRepliesIsSignificant() {
        // 30 of 40 resolved with the phrase, 10 of 40 without: z = 4.47, p ≈ 0.0000078.
        Effectiveness.Comparison c = Effectiveness.compare(30, 40, 10, 40);

        assertThat(c.difference()).isCloseTo(0.5, within(1e-9));
        assertThat(c.pValue()).isCloseTo(7.7e-6, within(1e-6));
        assertThat(c.significant()).isTrue();
    }

    @Test
    void theSameDifferenceOnAHandfulOfRepliesIsNotClaimed() {
        Effectiveness.Comparison c = Effectiveness.compare(4, 5, 1, 5);

        assertThat(c.difference()).isCloseTo(0.6, within(1e-9));
        assertThat(c.significant()).isFalse();
    }

    @Test
    void withoutRepliesOnOneSideThereIsNoComparison() {
        Effectiveness.Comparison c = Effectiveness.compare(3, 3, 0, 0);

        assertThat(c.without()).isNull();
        assertThat(c.pValue()).isNull();
        assertThat(c.significant()).isFalse();
    }

    @Test
    void eachPhraseIsComparedWithTheBrandsOtherReplies() {
        Effectiveness report = Effectiveness.of("acme", Instant.EPOCH, List.of(
                new OutcomeCounts("all", "all", 100, 50, 200, 60, 80, 40),
                new OutcomeCounts("phrase", "happy to help", 40, 20, 90, 35, 30, 25),
                new OutcomeCounts("attribute", "warm", 10, 0, 0, 5, 0, 0)));

        Effectiveness.Outcome phrase = report.phrases().get(0);
        assertThat(phrase.meanCsat()).isEqualTo(4.5);
        assertThat(phrase.resolvedVsOthers().with()).isEqualTo(35.0 / 40);
        assertThat(phrase.resolvedVsOthers().without()).isEqualTo(25.0 / 60);
        assertThat(phrase.calmVsOthers().without()).isEqualTo(15.0 / 50);
        assertThat(report.attributes().get(0).meanCsat()).isNull();
        assertThat(report.baseline().resolvedVsOthers()).isNull();
        assertThat(report.baseline().meanCsat()).isEqualTo(4.0);
    }
}
