package dev.parley.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.pipeline.PipelineBenchmark.StageResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineBenchmarkTest {

    @Test
    void theLatencyTargetIsJudgedOnTheKafkaStageAt2000PostsASecond() {
        List<StageResult> run = List.of(stage("HTTP", "http", 2000), stage("500/s", "kafka", 500),
                stage("2,000/s", "kafka", 2000), stage("10,000/s", "kafka", 10_000), stage("flat out", "kafka", 0),
                stage("baseline", "kafka", 0));

        assertThat(PipelineBenchmark.latencyStage(run).name()).isEqualTo("2,000/s");
    }

    @Test
    void withoutThatStageTheFastestFixedRateKafkaStageIsReportedNotTheHttpOne() {
        List<StageResult> run = List.of(stage("HTTP", "http", 100), stage("50/s", "kafka", 50),
                stage("200/s", "kafka", 200), stage("flat out", "kafka", 0), stage("baseline", "kafka", 0));

        assertThat(PipelineBenchmark.latencyStage(run).name()).isEqualTo("200/s");
    }

    @Test
    void theWarmUpEndsAfterTwoRoundsNoMoreThanFivePercentFasterThanTheFastestBefore() {
        assertThat(PipelineBenchmark.settled(List.of())).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(400.0, 700.0))).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(400.0, 700.0, 1_000.0))).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(400.0, 700.0, 1_000.0, 1_040.0))).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(400.0, 700.0, 1_000.0, 1_040.0, 990.0))).isTrue();
        // One slow round (a collection, a burst of compiling) is not the end of it.
        assertThat(PipelineBenchmark.settled(List.of(320.0, 578.0, 674.0, 558.0))).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(320.0, 578.0, 674.0, 558.0, 900.0))).isFalse();
    }

    private static StageResult stage(String name, String via, double rate) {
        return new StageResult(name, via, rate, 100, 0, true, rate, rate, new double[3], new double[3], 0);
    }
}
