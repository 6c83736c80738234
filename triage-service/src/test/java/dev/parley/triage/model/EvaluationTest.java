package dev.parley.triage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class EvaluationTest {
    // Truth:     neg neg neg neg neu neu pos pos pos pos
    // Predicted: neg neg neg neu neu pos pos pos pos neg
    private final Evaluation evaluation = Evaluation.of(
            List.of("neg", "neg", "neg", "neg", "neu", "neu", "pos", "pos", "pos", "pos"),
            List.of("neg", "neg", "neg", "neu", "neu", "pos", "pos", "pos", "pos", "neg"));

    @Test
    void computesTheMetricsByHand() {
        // neg: P 3/4, R 3/4; neu: P 1/2, R 1/2; pos: P 3/4, R 3/4.
        assertThat(evaluation.accuracy()).isEqualTo(0.7);
        assertThat(evaluation.precision(0)).isEqualTo(0.75);
        assertThat(evaluation.recall(1)).isEqualTo(0.5);
        assertThat(evaluation.macroF1()).isCloseTo((0.75 + 0.5 + 0.75) / 3, within(1e-9));
        assertThat(evaluation.confusion()[2]).containsExactly(1, 0, 3);
    }

    @Test
    void theJsonLineCarriesEverythingAToolNeeds() {
        Map<String, Object> json = JsonMapper.builder().build().readValue(evaluation.json(),
                new TypeReference<Map<String, Object>>() { });

        assertThat(json).containsEntry("accuracy", 0.7).containsEntry("n", 10)
                .containsEntry("labels", List.of("neg", "neu", "pos"))
                .containsEntry("confusion", List.of(List.of(3, 1, 0), List.of(0, 1, 1), List.of(1, 0, 3)))
                .containsKeys("macroF1", "perClass");
        assertThat(evaluation.report()).contains("accuracy 0.7000", "confusion (rows: true, columns: predicted)");
    }
}
