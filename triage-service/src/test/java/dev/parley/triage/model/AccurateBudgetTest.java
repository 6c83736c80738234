package dev.parley.triage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccurateBudgetTest {
    private static final long MS = 1_000_000;

    @Test
    void theAccuratePathGetsItsShareOfTimeAndNoMore() {
        AtomicLong now = new AtomicLong();
        AccurateBudget budget = new AccurateBudget(0.25, now::get);
        // A quarter of a core saves up a quarter of a second: nine 30 ms embeddings start, the ninth overdraws it.
        int used = 0;
        while (budget.allows()) {
            budget.spent(30 * MS);
            used++;
        }
        assertThat(used).isEqualTo(9);
        // After 400 ms the budget has 100 ms more: enough for the debt of 20 ms and three more calls.
        now.addAndGet(400 * MS);
        int later = 0;
        while (budget.allows()) {
            budget.spent(30 * MS);
            later++;
        }
        assertThat(later).isEqualTo(3);
    }

    @Test
    void unsurePostsStayOnTheFastPathOnceTheBudgetIsSpent() {
        AtomicLong now = new AtomicLong();
        TextClassifier slowWhenAccurate = new FixedClassifier(now, 0.5);
        PathPolicy policy = new PathPolicy(PathPolicy.Mode.WHEN_UNSURE, 0.6, new AccurateBudget(0.1, now::get),
                null);

        List<Boolean> accurate = IntStream.range(0, 5)
                .mapToObj(i -> policy.predict(slowWhenAccurate, "unsure").accurate()).toList();

        // 100 ms of reserve, 60 ms an accurate call: the second one overdraws it, the rest go fast.
        assertThat(accurate).containsExactly(true, true, false, false, false);
    }

    @Test
    void postsThatWaitedLongerThanTheMaximumStayOnTheFastPath() {
        AtomicLong now = new AtomicLong();
        TextClassifier slowWhenAccurate = new FixedClassifier(now, 0.5);
        PathPolicy policy = new PathPolicy(PathPolicy.Mode.WHEN_UNSURE, 0.6, AccurateBudget.unlimited(),
                Duration.ofSeconds(1));

        assertThat(policy.predict(slowWhenAccurate, "unsure", Duration.ofMillis(1000)).accurate()).isTrue();
        assertThat(policy.predict(slowWhenAccurate, "unsure", Duration.ofMillis(1001)).accurate()).isFalse();
        assertThat(new PathPolicy(PathPolicy.Mode.ALWAYS, 0.6, AccurateBudget.unlimited(), Duration.ZERO)
                .predict(slowWhenAccurate, "unsure", Duration.ofHours(1)).accurate())
                .as("always means always").isTrue();
    }

    @Test
    void aShareMustBePositive() {
        assertThatThrownBy(() -> new AccurateBudget(0, System::nanoTime)).hasMessageContaining("accurate-cpu-share");
    }

    /** A model whose fast path is unsure and whose accurate path takes 60 ms on the given clock. */
    private record FixedClassifier(AtomicLong clock, double confidence) implements TextClassifier {
        @Override
        public Prediction predict(String text) {
            return new Prediction(labels(), "neutral", new double[] {0.25, confidence, 0.25});
        }

        @Override
        public Prediction predictAccurately(String text) {
            clock.addAndGet(60 * MS);
            return new Prediction(labels(), "negative", new double[] {0.9, 0.05, 0.05});
        }

        @Override
        public boolean hasAccuratePath() {
            return true;
        }

        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public List<String> labels() {
            return List.of("negative", "neutral", "positive");
        }
    }
}
