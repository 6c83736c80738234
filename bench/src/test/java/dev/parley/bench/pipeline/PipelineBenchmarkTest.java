package dev.parley.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.pipeline.PipelineBenchmark.StageResult;
import dev.parley.bench.pipeline.PipelineBenchmark.WarmUpRound;
import java.util.List;
import java.util.OptionalDouble;
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
    void theWarmUpEndsWithTheFirstRoundInWhichTheJitTookAtMostATenthOfTheCpuTime() {
        assertThat(PipelineBenchmark.settled(List.of())).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(round(400, 0.62), round(900, 0.31)))).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(round(400, 0.62), round(900, 0.31), round(1_400, 0.09))))
                .isTrue();
        // A fast round says nothing by itself: the compilers may still be at work.
        assertThat(PipelineBenchmark.settled(List.of(round(400, 0.62), round(1_400, 0.25)))).isFalse();
        // Where the compilers' share cannot be measured (not Linux), every round runs.
        assertThat(PipelineBenchmark.settled(List.of(new WarmUpRound(1_400, OptionalDouble.empty())))).isFalse();
    }

    private static WarmUpRound round(double postsPerSecond, double jitShare) {
        return new WarmUpRound(postsPerSecond, OptionalDouble.of(jitShare));
    }

    private static StageResult stage(String name, String via, double rate) {
        return new StageResult(name, via, rate, 100, 0, true, rate, rate, new double[3], new double[3], 0);
    }
}
