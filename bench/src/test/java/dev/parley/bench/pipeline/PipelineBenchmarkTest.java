package dev.parley.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.pipeline.PipelineBenchmark.StageCpu;
import dev.parley.bench.pipeline.PipelineBenchmark.StageResult;
import dev.parley.bench.pipeline.PipelineBenchmark.WarmUpKind;
import dev.parley.bench.pipeline.PipelineBenchmark.WarmUpRound;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class PipelineBenchmarkTest {
    private static final WarmUpKind FLAT_OUT = new WarmUpKind("kafka", 0);
    private static final WarmUpKind PACED = new WarmUpKind("kafka", 2_000);

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
    void aBaselineIsSteadyWhenItsP99StaysWithinAFewTimesItsP50() {
        // Measured: undisturbed baselines of 25,000 posts (p50 / p99 accepted -> case, ms), and one whose relay was
        // held back on a partition for 41 s.
        assertThat(PipelineBenchmark.steady(baseline(1_125, 1_287, true))).isTrue();
        assertThat(PipelineBenchmark.steady(baseline(2_671, 3_574, true))).isTrue();
        assertThat(PipelineBenchmark.steady(baseline(613, 41_452, true))).isFalse();
        assertThat(PipelineBenchmark.steady(baseline(1_125, 1_287, false))).isFalse();
    }

    @Test
    void theWarmUpEndsWithTheFirstRoundInWhichTheJitTookAtMostATenthOfTheCpuTime() {
        assertThat(PipelineBenchmark.settled(List.of(), 1)).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(round(400, 0.62), round(900, 0.31)), 1)).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(round(400, 0.62), round(900, 0.31), round(1_400, 0.09)), 1))
                .isTrue();
        // A fast round says nothing by itself: the compilers may still be at work.
        assertThat(PipelineBenchmark.settled(List.of(round(400, 0.62), round(1_400, 0.25)), 1)).isFalse();
        // Where the compilers' share cannot be measured (not Linux), every round runs.
        assertThat(PipelineBenchmark.settled(List.of(new WarmUpRound(FLAT_OUT, 1_400, OptionalDouble.empty())), 1))
                .isFalse();
    }

    @Test
    void roundsFlatOutAndPacedInTurnEndWhenTheLastOfEachLeftTheJitAtMostATenth() {
        WarmUpRound pacedStillCompiling = new WarmUpRound(PACED, 1_500, OptionalDouble.of(0.22));
        WarmUpRound pacedCompiled = new WarmUpRound(PACED, 1_900, OptionalDouble.of(0.06));

        assertThat(PipelineBenchmark.settled(List.of(round(1_400, 0.09)), 2)).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(round(1_400, 0.09), pacedStillCompiling), 2)).isFalse();
        assertThat(PipelineBenchmark.settled(List.of(round(1_400, 0.09), pacedStillCompiling, round(1_500, 0.08)), 2))
                .isFalse();
        assertThat(PipelineBenchmark.settled(List.of(round(1_400, 0.09), pacedCompiled), 2)).isTrue();
    }

    @Test
    void warmUpRoundsRunFlatOutThenAtTheRateTheLatencyTargetIsJudgedAtElseTheFastestFixedRateThenOverHttp() {
        assertThat(PipelineBenchmark.warmUpKinds(PipelineBenchmark.Options.FULL))
                .containsExactly(FLAT_OUT, PACED, new WarmUpKind("http", 0));
        assertThat(PipelineBenchmark.warmUpKinds(new PipelineBenchmark.Options(List.of(50.0, 200.0), 5, 0, 100, 4)))
                .containsExactly(FLAT_OUT, new WarmUpKind("kafka", 200));
        assertThat(PipelineBenchmark.warmUpKinds(new PipelineBenchmark.Options(List.of(), 5, 0, 100, 4)))
                .containsExactly(FLAT_OUT);
    }

    @Test
    void eachStagesCpuIsShownAPostByProcessWithItsJitPartAndADashWhereThereIsNoJvm() {
        Map<String, StageCpu> cpuByStage = new LinkedHashMap<>();
        cpuByStage.put("HTTP", new StageCpu(1_000, Map.of("ingestion-service", 0.85, "postgresql", 0.35),
                Map.of("ingestion-service", 0.03)));
        cpuByStage.put("500/s", new StageCpu(2_000, Map.of("ingestion-service", 0.5, "postgresql", 0.4),
                Map.of("ingestion-service", 0.02)));

        String table = PipelineBenchmark.cpuByStageTable(cpuByStage);

        assertThat(table).containsSubsequence("HTTP", "500/s");
        assertThat(table.lines().filter(line -> line.contains("ingestion-service")))
                .singleElement().asString().containsSubsequence("0.85 (0.03)", "0.25 (0.01)");
        assertThat(table.lines().filter(line -> line.contains("postgresql")))
                .singleElement().asString().containsSubsequence("0.35 (-)", "0.20 (-)");
    }

    @Test
    void aTriagedPostDecidedByTheAccuratePathIsToldApartByItsModelsName() {
        String accurate = """
                {"post":{"postId":"x:1","text":"my bag never arrived"},"sentiment":{"label":"negative"},
                 "priority":{"level":"high"},"model":"default-sentiment@3fa2+accurate","triagedAt":"2026-11-25T00:00:00Z"}""";
        String fast = accurate.replace("x:1", "x:2").replace("+accurate", "");

        assertThat(PipelineBenchmark.triagedPost(record(accurate))).isEqualTo(new PipelineProbe.Sighting("x:1", true));
        assertThat(PipelineBenchmark.triagedPost(record(fast))).isEqualTo(new PipelineProbe.Sighting("x:2", false));
        assertThat(PipelineBenchmark.triagedPost(record("{\"reason\":\"unreadable\"}"))).isNull();
    }

    private static ConsumerRecord<String, byte[]> record(String json) {
        return new ConsumerRecord<>("parley.posts.triaged", 0, 0, "c-1", json.getBytes(StandardCharsets.UTF_8));
    }

    private static WarmUpRound round(double postsPerSecond, double jitShare) {
        return new WarmUpRound(FLAT_OUT, postsPerSecond, OptionalDouble.of(jitShare));
    }

    private static StageResult baseline(double p50CaseMs, double p99CaseMs, boolean complete) {
        return new StageResult("baseline", "kafka", 0, 25_000, 0, complete, 15_000, 15_000, new double[3],
                new double[] {p50CaseMs, p99CaseMs, p99CaseMs}, 0, OptionalDouble.empty());
    }

    private static StageResult stage(String name, String via, double rate) {
        return new StageResult(name, via, rate, 100, 0, true, rate, rate, new double[3], new double[3], 0,
                OptionalDouble.empty());
    }
}
