package dev.parley.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.bench.pipeline.PipelineProbe.Sighting;
import dev.parley.bench.pipeline.PipelineProbe.Stage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PipelineProbeTest {
    private static final long START = 1_000_000_000L;

    @Test
    void aFlatOutStagesRateLeavesOutThePipelinesFillingAndItsStragglers() {
        Stage stage = new Stage();
        // The first post takes half a second to cross the pipeline; then one a millisecond; the last one a second late.
        long now = START + TimeUnit.MILLISECONDS.toNanos(500);
        for (int post = 0; post < 2_999; post++) {
            stage.record(PipelineProbe.TRIAGED, Sighting.of("post-" + post), 1, now);
            now += TimeUnit.MILLISECONDS.toNanos(1);
        }
        stage.record(PipelineProbe.TRIAGED, Sighting.of("straggler"), 1, now + TimeUnit.SECONDS.toNanos(1));

        assertThat(stage.postsPerSecondAtFullFlow(PipelineProbe.TRIAGED, START)).isCloseTo(1_000, within(0.01));
        assertThat(stage.postsPerSecondAtFullFlow(PipelineProbe.CASE, START)).isZero();
        // Over the whole stage: 3,000 posts in 4.5 s.
        assertThat(stage.postsPerSecondSince(PipelineProbe.TRIAGED, START)).isCloseTo(3_000 / 4.5, within(0.5));
    }

    @Test
    void aFewPostsAreCountedSinceTheStagesStart() {
        Stage stage = new Stage();
        for (int post = 1; post <= 10; post++) {
            stage.record(PipelineProbe.CASE, Sighting.of("post-" + post), 1,
                    START + post * TimeUnit.MILLISECONDS.toNanos(100));
        }

        assertThat(stage.postsPerSecondAtFullFlow(PipelineProbe.CASE, START)).isCloseTo(10, within(0.01));
    }

    @Test
    void aPostSeenTwiceIsADuplicateNotAnotherPost() {
        Stage stage = new Stage();
        stage.record(PipelineProbe.CASE, Sighting.of("post"), 1, START + 1);
        stage.record(PipelineProbe.CASE, Sighting.of("post"), 1, START + 2);

        assertThat(stage.count(PipelineProbe.CASE)).isEqualTo(1);
        assertThat(stage.duplicates(PipelineProbe.CASE)).isEqualTo(1);
    }
}
