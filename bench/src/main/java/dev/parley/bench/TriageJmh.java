package dev.parley.bench;

import dev.parley.events.TriagedPost;
import dev.parley.triage.Triage;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.TextClassifier;
import dev.parley.triage.model.Trainer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: one post through the sentiment model's fast path, its accurate path (sentence embeddings), and the whole
 * of triage on the fast path, on one thread. Posts/s per core, over synthetic customer-service posts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TriageJmh {

    /** Posts to cycle through, a new author each time (nothing is skipped as a repeat). */
    @State(Scope.Thread)
    public static class Posts {
        List<Trainer.Example> posts;
        int next;
        long author;

        @Setup(Level.Trial)
        public void load() {
            posts = TriageBenchmark.posts(5_000, 2);
        }

        Trainer.Example next() {
            next = next + 1 == posts.size() ? 0 : next + 1;
            return posts.get(next);
        }
    }

    /** A model trained on 15,000 posts, fast path only (seconds). */
    @State(Scope.Benchmark)
    public static class FastModel {
        LinearTextModel model;
        Triage triage;

        @Setup(Level.Trial)
        public void train() {
            model = Trainer.train(TriageBenchmark.posts(15_000, 1), "bench", false, step -> { });
            triage = TriageBenchmark.wholeTriage(model);
        }
    }

    /** A model with an accurate path, trained on 1,000 posts (embedding each takes most of the time). */
    @State(Scope.Benchmark)
    public static class AccurateModel {
        LinearTextModel model;

        @Setup(Level.Trial)
        public void train() {
            model = Trainer.train(TriageBenchmark.posts(1_000, 1), "bench", true, step -> { });
        }
    }

    @Benchmark
    public TextClassifier.Prediction fastPath(FastModel fast, Posts posts) {
        return fast.model.predict(posts.next().text());
    }

    @Benchmark
    public TextClassifier.Prediction accuratePath(AccurateModel accurate, Posts posts) {
        return accurate.model.predictAccurately(posts.next().text());
    }

    @Benchmark
    public TriagedPost wholeTriage(FastModel fast, Posts posts) {
        return fast.triage.triage(TriageBenchmark.socialPost(posts.next(), ++posts.author));
    }
}
