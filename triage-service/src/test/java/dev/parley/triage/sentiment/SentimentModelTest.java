package dev.parley.triage.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.SentimentLabel;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.PathPolicy;
import dev.parley.triage.model.ReloadingClassifier;
import org.junit.jupiter.api.Test;

class SentimentModelTest {

    private static SentimentModel with(PathPolicy policy) {
        LinearTextModel defaults = DefaultSentimentModel.get(policy.mode() != PathPolicy.Mode.NEVER);
        return new SentimentModel(new ReloadingClassifier(defaults, null, LinearTextModel::load,
                SentimentModel::checkLabels), policy);
    }

    @Test
    void theShippedDefaultNamesItsVersionAndScoresFromItsProbabilities() {
        SentimentModel.Classified found = with(PathPolicy.FAST_ONLY).classify("@AcmeAir my bag is lost, terrible service");

        assertThat(found.model()).matches("default-sentiment@[0-9a-f]{8}");
        assertThat(found.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(found.sentiment().score()).isNegative();
        assertThat(found.sentiment().confidence()).isGreaterThan(1 / 3.0);
    }

    @Test
    void theAccuratePathDecidesWhereTheFastPathIsUnsureAndSaysSo() {
        SentimentModel always = with(new PathPolicy(PathPolicy.Mode.ALWAYS, 0.6));
        SentimentModel neverSure = with(new PathPolicy(PathPolicy.Mode.WHEN_UNSURE, 1.0));
        SentimentModel alwaysSure = with(new PathPolicy(PathPolicy.Mode.WHEN_UNSURE, 0.0));
        String post = "@GlobexRail the replacement bus never came";

        assertThat(always.classify(post).model()).endsWith(SentimentModel.ACCURATE_SUFFIX);
        assertThat(neverSure.classify(post).model()).endsWith(SentimentModel.ACCURATE_SUFFIX);
        assertThat(alwaysSure.classify(post).model()).doesNotEndWith(SentimentModel.ACCURATE_SUFFIX);
        assertThat(always.classify(post).sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
    }
}
