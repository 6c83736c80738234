package dev.parley.triage.feelings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Feeling;
import dev.parley.events.Feelings;
import org.junit.jupiter.api.Test;

class FeelingDetectorTest {
    private final FeelingDetector detector = new FeelingDetector();

    @Test
    void eachFeelingIsFoundWithTheWordsThatShowedIt() {
        Feelings angry = detector.detect("@AcmeAir this is UNACCEPTABLE. Worst airline, never again!!");
        assertThat(angry.detected().get(0).feeling()).isEqualTo(Feeling.ANGER);
        assertThat(angry.detected().get(0).cues()).contains("unacceptable", "worst", "never again");
        assertThat(angry.detected().get(0).intensity()).isGreaterThan(0.8);

        assertThat(detector.detect("on hold for hours again, nobody answers").detected())
                .anySatisfy(f -> assertThat(f.feeling()).isEqualTo(Feeling.FRUSTRATION));
        assertThat(detector.detect("I'm so worried, my medication is in the bag and I fly home tonight").detected())
                .anySatisfy(f -> assertThat(f.feeling()).isEqualTo(Feeling.ANXIETY));
        assertThat(detector.detect("how do I add a bag? the site makes no sense").detected())
                .anySatisfy(f -> assertThat(f.feeling()).isEqualTo(Feeling.CONFUSION));
        Feelings grateful = detector.detect("thank you so much, the crew was amazing");
        assertThat(grateful.detected().get(0).feeling()).isEqualTo(Feeling.GRATITUDE);
        assertThat(grateful.sarcasm()).isFalse();
    }

    @Test
    void praiseAroundAComplaintIsSarcasmAndNotGratitude() {
        Feelings sarcastic = detector.detect("Great, another delay. Love spending my birthday at the gate");

        assertThat(sarcastic.sarcasm()).isTrue();
        assertThat(sarcastic.detected()).noneSatisfy(f -> assertThat(f.feeling()).isEqualTo(Feeling.GRATITUDE));
        assertThat(sarcastic.detected()).anySatisfy(f -> assertThat(f.feeling()).isEqualTo(Feeling.FRUSTRATION));
        assertThat(detector.detect("thanks for nothing").sarcasm()).isTrue();
        assertThat(detector.detect("great crew but the flight was delayed").sarcasm()).isFalse();
    }

    @Test
    void aPlainPostShowsNoFeelings() {
        assertThat(detector.detect("flight 221 to Denver tomorrow").detected()).isEmpty();
    }
}
