package dev.parley.bench.pipeline;

import dev.parley.bench.BenchPlatform;
import dev.parley.events.Topic;
import dev.parley.local.LocalPlatform;
import dev.parley.local.LocalSettings;
import dev.parley.local.Service;
import dev.parley.triage.sentiment.SentimentModel;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./parley bench pipeline}: the whole platform as {@code ./parley up} runs it (a KRaft broker,
 * PostgreSQL and the five services, each its own process), fed through its real ingestion path, against a
 * no-op pipeline of the same shape on the same broker in the same run. Stages: over HTTP at a fixed rate,
 * over Kafka at each fixed rate, then flat out; then the baseline flat out.
 */
public final class PipelineBenchmark {
    static final double TARGET_POSTS_PER_SECOND = 20_000;
    static final double TARGET_RATIO = 0.5;
    static final double TARGET_P99_CASE_MS = 250;
    static final double TARGET_P99_RATE = 2_000;
    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Posts sent first, to start every path and give the baseline real records to size its own by. */
    private static final int WARM_UP_POSTS = 100;
    /** Posts in each round of the warm-up. */
    static final int WARM_UP_ROUND_POSTS = 5_000;
    /**
     * The baseline's posts for each of the flat-out stage's: it runs five to ten times as fast as the platform, and
     * with as many posts its stage lasted a third of a second, over which its rate swung by half between runs.
     */
    static final int BASELINE_POSTS_PER_FLAT_OUT_POST = 5;
    /**
     * A warm-up round in which the JIT compilers took at most this share of the machine's CPU time ends the warm-up:
     * they have compiled the hot code, and what follows measures the platform as it runs for days.
     */
    static final double WARM_UP_JIT_SHARE = 0.10;
    /** One opened case in this many is looked up through the response service's API. */
    private static final int CASE_SAMPLE_EVERY = 50;

    /**
     * What to run.
     *
     * @param rates          fixed rates over Kafka, posts/s
     * @param secondsPerRate how long each fixed rate (and the HTTP stage) lasts
     * @param httpRate       rate of the HTTP stage, posts/s (0 for none)
     * @param flatOutPosts   posts sent flat out to the platform ({@value #BASELINE_POSTS_PER_FLAT_OUT_POST} times as
     *                       many to the baseline)
     * @param warmUpRounds   at most this many rounds of {@value #WARM_UP_ROUND_POSTS} posts before anything is
     *                       measured (each of {@link #warmUpKinds} in turn), fewer once the JIT has
     *                       compiled the hot code (0 for none)
     */
    public record Options(List<Double> rates, int secondsPerRate, double httpRate, long flatOutPosts,
                          int warmUpRounds) {
        public static final Options QUICK = new Options(List.of(2_000.0), 3, 100, 5_000, 4);
        public static final Options FULL = new Options(List.of(500.0, 2_000.0, 10_000.0), 10, 500, 20_000, 30);

        public Options {
            rates = List.copyOf(rates);
            if (rates.stream().anyMatch(r -> r <= 0) || secondsPerRate < 1 || httpRate < 0 || flatOutPosts < 1
                    || warmUpRounds < 0) {
                throw new IllegalArgumentException(
                        "rates must be above 0, seconds at least 1, posts at least 1, warm-up rounds at least 0");
            }
        }
    }

    /** One stage's result; rate 0 is flat out. */
    record StageResult(String name, String via, double rate, long posts, long failed, boolean complete,
                       double triagedPerSecond, double casePerSecond, double[] triagedMs, double[] caseMs,
                       long duplicates, OptionalDouble accuratePathShare) {
    }

    private static final double[] PERCENTILES = {50, 99, 99.9};
    /** A steady baseline's p99 accepted → case is at most this many times its p50, plus {@link #STEADY_SLACK_MS}. */
    private static final double STEADY_P99_OVER_P50 = 3;
    private static final double STEADY_SLACK_MS = 1_000;
    /** The flat-out stage's name, under which its CPU is kept with the other stages'. */
    private static final String FLAT_OUT = "flat out";
    /** The services' consumer groups on the posts' path, in path order. */
    private static final List<String> SERVICE_GROUPS = List.of("ingestion-service", "triage-service",
            "response-service", "analytics-service", "brand-voice-service");

    private PipelineBenchmark() {
    }

    /** Runs the benchmark with the services and the broker started with {@code javaOptions}. */
    public static int run(Path repo, Options options, LocalSettings.JavaOptions javaOptions) throws Exception {
        return BenchPlatform.run(repo, javaOptions, platform -> measure(platform, options, javaOptions));
    }

    private static int measure(LocalPlatform platform, Options options, LocalSettings.JavaOptions javaOptions)
            throws Exception {
        LocalSettings settings = platform.settings();
        String bootstrap = settings.kafkaBootstrap();
        Thread.sleep(3_000);
        Map<String, Long> processes = new LinkedHashMap<>(platform.processIds());
        // The load generator and the probe share the machine with the platform: their cost is shown too.
        processes.put("bench (load, probe)", ProcessHandle.current().pid());
        Map<String, Long> atRest = ProcessUsage.rssKb(processes);
        String runId = "bench" + System.currentTimeMillis();
        String brand = "bench-air";
        AcceptedPosts accepted = new AcceptedPosts();
        Queue<String> sampledCases = new ConcurrentLinkedQueue<>();
        List<StageResult> results = new ArrayList<>();
        Instant started = Instant.now();
        long sentToPlatform = 0;
        Map<String, Long> underLoad;
        Map<String, BrokerWrites.Written> brokerWrites;
        List<WarmUpRound> warmUpRounds = new ArrayList<>();
        Map<String, Long> cpuOnly = Map.of("postgresql", platform.postgresPid());
        Map<String, Double> gcSeconds;
        Map<String, StageCpu> cpuByStage = new LinkedHashMap<>();
        StageResult baseline;
        try (LoadGenerator load = new LoadGenerator(new LoadPosts(brand, runId, 7), accepted, bootstrap);
             ConsumerLag lag = new ConsumerLag(bootstrap, SERVICE_GROUPS);
             PipelineProbe probe = new PipelineProbe(bootstrap, accepted,
                     new PipelineProbe.Hop(Topic.POSTS_TRIAGED.topicName(), PipelineBenchmark::triagedPost),
                     new PipelineProbe.Hop(Topic.CASES.topicName(), r -> casePost(r, sampledCases)))) {
            LoadGenerator.Target raw = new LoadGenerator.KafkaTopic(Topic.POSTS_RAW.topicName());
            LoadGenerator.Target api = new LoadGenerator.HttpEndpoint(
                    URI.create(settings.url(Service.INGESTION) + "/api/v1/posts"), platform.apiKey());
            // A few posts first: they warm the services up and give the baseline real records to size its own by.
            stage("warm-up", "kafka", WARM_UP_POSTS / 4.0, WARM_UP_POSTS, probe, load, raw, lag);
            sentToPlatform += WARM_UP_POSTS;
            if (options.httpRate() > 0) {
                // The HTTP path (Tomcat, the API, the benchmark's own client) has code of its own to compile.
                stage("warm-up", "http", WARM_UP_POSTS / 4.0, WARM_UP_POSTS, probe, load, api, lag);
                sentToPlatform += WARM_UP_POSTS;
            }
            List<WarmUpKind> kinds = warmUpKinds(options);
            for (int round = 1; round <= options.warmUpRounds() && !settled(warmUpRounds, kinds.size()); round++) {
                warmUpRounds.add(warmUpRound("warm-up " + round, kinds.get((round - 1) % kinds.size()), processes,
                        cpuOnly, probe, load, raw, api, lag));
                sentToPlatform += WARM_UP_ROUND_POSTS;
            }
            // The baseline runs while the platform is idle: it must not share the cores with a backlog.
            awaitCaughtUp(lag);
            baseline = baseline(bootstrap, options, runId);
            if (!warmUpRounds.isEmpty()) {
                // The benchmark's JVM and the broker compile for the relays' clients after the baseline too: through
                // the first stage after it, the benchmark's compilers took an eighth of the machine (2026-11-25).
                for (WarmUpKind kind : kinds) {
                    warmUpRounds.add(warmUpRound("warm-up after the baseline", kind, processes, cpuOnly, probe, load,
                            raw, api, lag));
                    sentToPlatform += WARM_UP_ROUND_POSTS;
                }
                awaitCaughtUp(lag);
            }
            if (options.httpRate() > 0) {
                long posts = Math.round(options.httpRate() * options.secondsPerRate());
                try (ProcessUsage usage = new ProcessUsage(processes, cpuOnly)) {
                    results.add(stage("HTTP", "http", options.httpRate(), posts, probe, load, api, lag));
                    cpuByStage.put("HTTP", StageCpu.of(posts, usage));
                }
                sentToPlatform += posts;
            }
            for (double rate : options.rates()) {
                long posts = Math.round(rate * options.secondsPerRate());
                String name = String.format(Locale.ROOT, "%,.0f/s", rate);
                try (ProcessUsage usage = new ProcessUsage(processes, cpuOnly)) {
                    results.add(stage(name, "kafka", rate, posts, probe, load, raw, lag));
                    cpuByStage.put(name, StageCpu.of(posts, usage));
                }
                sentToPlatform += posts;
            }
            try (ProcessUsage usage = new ProcessUsage(processes, cpuOnly);
                 BrokerWrites writes = new BrokerWrites(bootstrap)) {
                results.add(stage(FLAT_OUT, "kafka", 0, options.flatOutPosts(), probe, load, raw, lag));
                underLoad = usage.peakKb();
                ProcessUsage.JvmThreads jvmThreads = usage.jvmThreadSecondsSinceStart();
                gcSeconds = jvmThreads.gc();
                brokerWrites = writes.sinceStart(SERVICE_GROUPS);
                cpuByStage.put(FLAT_OUT, new StageCpu(options.flatOutPosts(), usage.cpuSecondsSinceStart(),
                        jvmThreads.jit()));
            }
            sentToPlatform += options.flatOutPosts();
        }
        double analyticsCounted = awaitAnalytics(settings, platform.apiKey(), brand, started, sentToPlatform);
        Histogram apiMillis = new Histogram(60_000, 3);
        long visible = checkCasesVisible(settings, platform.apiKey(), sampledCases, apiMillis);
        results.add(baseline);
        print(results, options, new Usage(atRest, underLoad, gcSeconds, brokerWrites, cpuByStage),
                analyticsCounted, sentToPlatform, visible, sampledCases.size(), apiMillis, new WarmUp(javaOptions, warmUpRounds));
        return 0;
    }

    /**
     * The kinds of warm-up round, run in turn: flat out over Kafka; at the rate the latency target is judged at when
     * it is one of the stages, else at the fastest fixed rate, else none, since a fixed rate runs code flat out does
     * not (small polls, batches and transactions in every client and service: warmed flat out alone, C2 compiled it
     * during the measured fixed-rate stages, up to a fifth of the machine, 2026-11-24); and, with an HTTP stage, flat
     * out over HTTP, whose request path (Tomcat, Spring MVC and Security, the benchmark's own client) the Kafka
     * rounds never run: without it, C2 compiled that path during the HTTP stage (2026-11-25).
     */
    static List<WarmUpKind> warmUpKinds(Options options) {
        List<WarmUpKind> kinds = new ArrayList<>(List.of(new WarmUpKind("kafka", 0)));
        options.rates().stream().filter(rate -> rate == TARGET_P99_RATE).findFirst()
                .or(() -> options.rates().stream().max(Double::compare))
                .ifPresent(rate -> kinds.add(new WarmUpKind("kafka", rate)));
        if (options.httpRate() > 0) {
            kinds.add(new WarmUpKind("http", 0));
        }
        return kinds;
    }

    /** How a warm-up round offers its posts: over {@code via} ("kafka" or "http") at {@code rate} (0: flat out). */
    record WarmUpKind(String via, double rate) {
        @Override
        public String toString() {
            return (rate == 0 ? "flat out" : String.format(Locale.ROOT, "at %,.0f/s", rate))
                    + (via.equals("http") ? " over HTTP" : "");
        }
    }

    /**
     * Whether the warm-up is done: in each of its last {@code kinds} rounds (one of each kind, when kinds take
     * turns) the JIT compilers took at most {@link #WARM_UP_JIT_SHARE} of the CPU time. With C2, compiling the
     * services' hot code takes most of the machine for the first minute or two of load, so throughput measured
     * then is the compilers' as much as the platform's. Where the share cannot be measured, every round runs.
     */
    static boolean settled(List<WarmUpRound> rounds, int kinds) {
        return rounds.size() >= kinds && rounds.subList(rounds.size() - kinds, rounds.size()).stream()
                .allMatch(round -> round.jitShare().stream().anyMatch(share -> share <= WARM_UP_JIT_SHARE));
    }

    /**
     * A warm-up round: how it offered its posts, posts/s through triage, and the share of the CPU time the JIT
     * compilers took, if known.
     */
    record WarmUpRound(WarmUpKind kind, double postsPerSecond, OptionalDouble jitShare) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %,.0f posts/s through triage, JIT compiling %s of the CPU time",
                    kind, postsPerSecond, percent(jitShare));
        }
    }

    /** How the services and the broker ran, and the warm-up rounds. */
    record WarmUp(LocalSettings.JavaOptions javaOptions, List<WarmUpRound> rounds) {
        /** Each round's posts/s through triage, how they were offered and the JIT compilers' share of the CPU. */
        String describe() {
            return rounds.isEmpty() ? "none" : rounds.stream()
                    .map(r -> String.format(Locale.ROOT, "%,.0f %s (JIT %s)", r.postsPerSecond(), r.kind(),
                            percent(r.jitShare())))
                    .collect(Collectors.joining(" → ")) + " posts/s through triage";
        }
    }

    /** A share in whole percent, or a question mark when it was not measured. */
    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.0f%%", share.getAsDouble() * 100) : "?";
    }

    private static StageResult stage(String name, String via, double rate, long posts, PipelineProbe probe,
                                     LoadGenerator load, LoadGenerator.Target target, ConsumerLag lag)
            throws InterruptedException {
        System.out.printf(Locale.ROOT, "  %-10s %,d posts over %s...%n", name, posts, via);
        PipelineProbe.Stage stage = probe.begin();
        long failedBefore = load.failures();
        long start = System.nanoTime();
        load.send(target, posts, rate);
        long failed = load.failures() - failedBefore;
        boolean complete = probe.awaitAll(stage, posts - failed, QUIET, lag::describe);
        return result(name, via, rate, posts, failed, complete, stage, start);
    }

    private static StageResult result(String name, String via, double rate, long posts, long failed, boolean complete,
                                      PipelineProbe.Stage stage, long start) {
        double[] triaged = new double[PERCENTILES.length];
        double[] cased = new double[PERCENTILES.length];
        for (int i = 0; i < PERCENTILES.length; i++) {
            triaged[i] = stage.percentileMillis(PipelineProbe.TRIAGED, PERCENTILES[i]);
            cased[i] = stage.percentileMillis(PipelineProbe.CASE, PERCENTILES[i]);
        }
        return new StageResult(name, via, rate, posts, failed, complete,
                postsPerSecond(stage, PipelineProbe.TRIAGED, rate, start),
                postsPerSecond(stage, PipelineProbe.CASE, rate, start),
                triaged, cased, stage.duplicates(PipelineProbe.TRIAGED) + stage.duplicates(PipelineProbe.CASE),
                stage.accuratePathShare());
    }

    /** A stage's posts/s on a hop: over its full flow when flat out ({@code rate} 0), else since its start. */
    private static double postsPerSecond(PipelineProbe.Stage stage, int hop, double rate, long start) {
        return rate == 0 ? stage.postsPerSecondAtFullFlow(hop, start) : stage.postsPerSecondSince(hop, start);
    }

    /** One round of the warm-up: its posts/s through triage and the JIT compilers' share of the CPU time. */
    private static WarmUpRound warmUpRound(String name, WarmUpKind kind, Map<String, Long> processes,
                                           Map<String, Long> cpuOnly, PipelineProbe probe, LoadGenerator load,
                                           LoadGenerator.Target raw, LoadGenerator.Target api, ConsumerLag lag)
            throws Exception {
        try (ProcessUsage usage = new ProcessUsage(processes, cpuOnly)) {
            StageResult warmUp = stage(name, kind.via(), kind.rate(), WARM_UP_ROUND_POSTS, probe, load,
                    kind.via().equals("http") ? api : raw, lag);
            WarmUpRound done = new WarmUpRound(kind, warmUp.triagedPerSecond(),
                    ProcessUsage.jitShare(usage.cpuSecondsSinceStart(), usage.jvmThreadSecondsSinceStart().jit()));
            System.out.printf(Locale.ROOT, "    %s%n", done);
            return done;
        }
    }

    private static void awaitCaughtUp(ConsumerLag lag) throws InterruptedException {
        if (!lag.awaitCaughtUp(Duration.ofMinutes(1))) {
            System.out.println("  the services still had a backlog after a minute: " + lag.describe());
        }
    }

    private static StageResult baseline(String bootstrap, Options options, String runId) throws Exception {
        List<byte[]> samples = List.of(NoopPipeline.lastValue(bootstrap, Topic.POSTS.topicName()),
                NoopPipeline.lastValue(bootstrap, Topic.POSTS_TRIAGED.topicName()),
                NoopPipeline.lastValue(bootstrap, Topic.CASES.topicName()));
        AcceptedPosts accepted = new AcceptedPosts();
        try (NoopPipeline noop = new NoopPipeline(bootstrap, "bench." + runId, samples);
             LoadGenerator load = new LoadGenerator(new LoadPosts("bench-air", runId + "-noop", 11), accepted, bootstrap);
             ConsumerLag lag = new ConsumerLag(bootstrap, noop.groups());
             PipelineProbe probe = new PipelineProbe(bootstrap, accepted,
                     new PipelineProbe.Hop(noop.triagedTopic(), r -> PipelineProbe.Sighting.of(r.key())),
                     new PipelineProbe.Hop(noop.casesTopic(), r -> PipelineProbe.Sighting.of(r.key())))) {
            LoadGenerator.Target raw = new LoadGenerator.KafkaTopic(noop.rawTopic());
            // Unmeasured first posts: the relays join their groups and warm up, as the services have.
            stage("warm-up", "kafka", 0, WARM_UP_POSTS * 5, probe, load, raw, lag);
            return stage("baseline", "kafka", 0, options.flatOutPosts() * BASELINE_POSTS_PER_FLAT_OUT_POST, probe,
                    load, raw, lag);
        }
    }

    /** A triaged post and whether the accurate path decided its sentiment (the model's name says so). */
    static PipelineProbe.Sighting triagedPost(ConsumerRecord<String, byte[]> record) {
        Map<String, String> fields = EventFields.first(record.value(), List.of("postId", "model"));
        String model = fields.get("model");
        return fields.get("postId") == null ? null : new PipelineProbe.Sighting(fields.get("postId"),
                model != null && model.endsWith(SentimentModel.ACCURATE_SUFFIX));
    }

    /** The post that opened or joined a case; samples opened cases' ids for the API check. */
    private static PipelineProbe.Sighting casePost(ConsumerRecord<String, byte[]> record, Queue<String> sampledCases) {
        Map<String, String> fields = EventFields.first(record.value(), List.of("type", "caseId", "postId"));
        String type = fields.get("type");
        if ("opened".equals(type)) {
            if (record.offset() % CASE_SAMPLE_EVERY == 0) {
                sampledCases.add(fields.get("caseId"));
            }
            return PipelineProbe.Sighting.of(fields.get("postId"));
        }
        return "post_added".equals(type) ? PipelineProbe.Sighting.of(fields.get("postId")) : null;
    }

    /** Waits until analytics' post volume of the brand since the run began reaches {@code sent}; returns it. */
    private static double awaitAnalytics(LocalSettings settings, String apiKey, String brand, Instant since, long sent)
            throws IOException, InterruptedException {
        URI kpis = URI.create(settings.url(Service.ANALYTICS) + "/api/v1/kpis?kpi=post_volume&window=1h&brand="
                + brand + "&from=" + URLEncoder.encode(since.truncatedTo(ChronoUnit.HOURS).toString(),
                StandardCharsets.UTF_8));
        double counted = 0;
        long deadline = System.nanoTime() + QUIET.toNanos();
        while (counted < sent && System.nanoTime() < deadline) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(kpis).header("X-Api-Key", apiKey).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                counted = JSON.readTree(answer.body()).path("total").asDouble();
            }
            Thread.sleep(500);
        }
        return counted;
    }

    /** Looks up the sampled cases through the response service's API; returns how many it found. */
    private static long checkCasesVisible(LocalSettings settings, String apiKey, Queue<String> caseIds,
                                          Histogram millis) throws IOException, InterruptedException {
        long visible = 0;
        for (String caseId : caseIds) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url(Service.RESPONSE) + "/api/v1/cases/"
                    + caseId)).header("X-Api-Key", apiKey).build();
            long start = System.nanoTime();
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            millis.recordValue(Math.max(0, (System.nanoTime() - start) / 1_000_000));
            JsonNode found = answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
            if (found != null && caseId.equals(found.path("caseInfo").path("caseId").asString())) {
                visible++;
            }
        }
        return visible;
    }

    /**
     * Each process's RSS at rest and its peak flat out (kB), the CPU seconds its garbage collector took flat out, what
     * the broker wrote flat out by group of topics (the stage's own posts and everything they caused, including what
     * was still behind from earlier stages), and the CPU each process used in each measured stage of the platform
     * (flat out among them) and its JIT compilers' part, by stage name.
     */
    record Usage(Map<String, Long> atRestKb, Map<String, Long> underLoadKb, Map<String, Double> flatOutGcSeconds,
                 Map<String, BrokerWrites.Written> flatOutBrokerWrites, Map<String, StageCpu> cpuByStage) {
        StageCpu flatOut() {
            return cpuByStage.get(FLAT_OUT);
        }

        OptionalDouble flatOutJitShare() {
            return ProcessUsage.jitShare(flatOut().cpuSeconds(), flatOut().jitSeconds());
        }
    }

    /**
     * The CPU seconds each process used in a stage and its JIT compilers' part, with the stage's posts: all the work
     * its posts caused (the stage ends when the last of them is in a case), the benchmark's own included.
     */
    record StageCpu(long posts, Map<String, Double> cpuSeconds, Map<String, Double> jitSeconds) {
        static StageCpu of(long posts, ProcessUsage usage) {
            return new StageCpu(posts, usage.cpuSecondsSinceStart(), usage.jvmThreadSecondsSinceStart().jit());
        }
    }

    private static void print(List<StageResult> results, Options options, Usage usage, double analyticsCounted,
                              long sentToPlatform, long visible, int sampled, Histogram apiMillis, WarmUp warmUp) {
        String serviceOptions = String.join(" ", warmUp.javaOptions().services());
        String kafkaOptions = String.join(" ", warmUp.javaOptions().kafka());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nPipeline: ingestion → triage → response"
                + " (case) → analytics, %d cores; latencies from accepted, ms%n", Runtime.getRuntime()
                .availableProcessors()));
        out.append(String.format(Locale.ROOT, "  services' JVM options: %s%n  broker's JVM options: %s%n"
                        + "  warm-up rounds of %,d posts: %s%n", serviceOptions, kafkaOptions, WARM_UP_ROUND_POSTS,
                warmUp.describe()));
        out.append(String.format(Locale.ROOT, "  %-10s %-5s %8s %9s %10s %10s   %-24s %-24s %4s %9s%n", "stage",
                "via", "posts", "failed", "triaged/s", "cased/s", "to triaged p50/p99/p99.9", "to case p50/p99/p99.9",
                "dup", "accurate"));
        for (StageResult r : results) {
            out.append(String.format(Locale.ROOT, "  %-10s %-5s %,8d %9d %,10.0f %,10.0f   %-24s %-24s %4d %9s%s%n",
                    r.name(), r.via(), r.posts(), r.failed(), r.triagedPerSecond(), r.casePerSecond(),
                    percentiles(r.triagedMs()), percentiles(r.caseMs()), r.duplicates(),
                    percent(r.accuratePathShare()),
                    r.complete() ? "" : "  INCOMPLETE (stalled " + QUIET.toSeconds() + " s)"));
        }
        StageResult flatOut = results.get(results.size() - 2);
        StageResult baseline = results.get(results.size() - 1);
        double ratio = flatOut.triagedPerSecond() / baseline.triagedPerSecond();
        boolean baselineSteady = steady(baseline);
        String throughputVerdict = baselineSteady
                ? verdict(ratio >= TARGET_RATIO && flatOut.triagedPerSecond() >= TARGET_POSTS_PER_SECOND)
                : String.format(Locale.ROOT, "NOT JUDGED, the baseline was held back (p99 %,.0f ms against a p50 of"
                        + " %,.0f ms): run again", baseline.caseMs()[1], baseline.caseMs()[0]);
        StageResult atTargetRate = latencyStage(results);
        String latencyVerdict = atTargetRate.rate() == TARGET_P99_RATE
                ? verdict(atTargetRate.caseMs()[1] < TARGET_P99_CASE_MS)
                : String.format(Locale.ROOT, "not judged, no %,.0f/s stage", TARGET_P99_RATE);
        out.append(String.format(Locale.ROOT, """

                  through triage, flat out   %,9.0f posts/s  (baseline %,.0f): ratio %.2f, target ≥ %.2f and ≥ %,.0f: %s
                  through to cases, flat out %,9.0f posts/s  (baseline %,.0f): ratio %.2f
                  p99 accepted → case at %s  %,9.1f ms  target < %.0f ms at %,.0f/s: %s
                  analytics counted          %,9.0f of %,d posts sent
                  cases found via the API    %,9d of %,d sampled (GET p99 %d ms)
                """, flatOut.triagedPerSecond(), baseline.triagedPerSecond(), ratio, TARGET_RATIO,
                TARGET_POSTS_PER_SECOND, throughputVerdict, flatOut.casePerSecond(), baseline.casePerSecond(),
                flatOut.casePerSecond() / baseline.casePerSecond(), atTargetRate.name(), atTargetRate.caseMs()[1],
                TARGET_P99_CASE_MS, TARGET_P99_RATE, latencyVerdict, analyticsCounted, sentToPlatform,
                visible, sampled, apiMillis.getValueAtPercentile(99)));
        out.append(String.format(Locale.ROOT, "%n  Process              RSS MB at rest   flat out (peak)   CPU ms a post flat out"
                + "   of which JIT   of which GC%n"));
        usage.flatOut().cpuSeconds().forEach((name, seconds) -> out.append(String.format(Locale.ROOT,
                "  %-20s %14s %17s %24.2f %14s %13s%n", name, megabytes(usage.atRestKb().get(name)),
                megabytes(usage.underLoadKb().get(name)), seconds * 1000 / options.flatOutPosts(),
                msPerPost(usage.flatOut().jitSeconds().get(name), options.flatOutPosts()),
                msPerPost(usage.flatOutGcSeconds().get(name), options.flatOutPosts()))));
        out.append(String.format(Locale.ROOT, "  JIT compilers, flat out: %s of the CPU time%n",
                percent(usage.flatOutJitShare())));
        out.append(cpuByStageTable(usage.cpuByStage()));
        out.append(String.format(Locale.ROOT, "%n  Broker writes a post flat out     log entries      bytes%n"));
        BrokerWrites.Written total = new BrokerWrites.Written(0, 0, true);
        for (var written : usage.flatOutBrokerWrites().entrySet()) {
            out.append(brokerWritesLine(written.getKey(), written.getValue(), options));
            total = total.plus(written.getValue());
        }
        out.append(brokerWritesLine("all topics", total, options));
        System.out.print(out);
        System.out.printf(Locale.ROOT, "{\"benchmark\":\"pipeline\",\"postsPerSecond\":%.0f,\"baselinePostsPerSecond\":%.0f,"
                        + "\"ratio\":%.3f,\"baselineSteady\":%b,\"casePostsPerSecond\":%.0f,"
                        + "\"baselineCasePostsPerSecond\":%.0f,"
                        + "\"p99AcceptedToTriagedMs\":%.1f,\"p99AcceptedToCaseMs\":%.1f,\"rate\":%.0f,\"posts\":%d,"
                        + "\"complete\":%b,\"duplicates\":%d,\"analyticsCounted\":%.0f,\"sentToPlatform\":%d,"
                        + "\"rssAtRestMb\":%s,\"rssUnderLoadMb\":%s,\"cpuMsPerPostFlatOut\":%s,"
                        + "\"jitMsPerPostFlatOut\":%s,\"gcMsPerPostFlatOut\":%s,\"brokerEntriesPerPostFlatOut\":%s,"
                        + "\"jitShareFlatOut\":%s,"
                        + "\"serviceJavaOptions\":%s,\"kafkaJavaOptions\":%s,"
                        + "\"warmUpVia\":%s,\"warmUpRates\":%s,\"warmUpPostsPerSecond\":%s,\"warmUpJitShare\":%s,"
                        + "\"stages\":[%s]}%n",
                flatOut.triagedPerSecond(), baseline.triagedPerSecond(), ratio, baselineSteady,
                flatOut.casePerSecond(), baseline.casePerSecond(), atTargetRate.triagedMs()[1], atTargetRate.caseMs()[1],
                atTargetRate.rate(),
                options.flatOutPosts(), results.stream().allMatch(StageResult::complete),
                results.stream().mapToLong(StageResult::duplicates).sum(), analyticsCounted, sentToPlatform,
                megabytes(usage.atRestKb()), megabytes(usage.underLoadKb()),
                perPost(usage.flatOut().cpuSeconds(), seconds -> seconds * 1000, options.flatOutPosts()),
                perPost(usage.flatOut().jitSeconds(), seconds -> seconds * 1000, options.flatOutPosts()),
                perPost(usage.flatOutGcSeconds(), seconds -> seconds * 1000, options.flatOutPosts()),
                perPost(usage.flatOutBrokerWrites(), BrokerWrites.Written::entries, options.flatOutPosts()),
                jsonShare(usage.flatOutJitShare()),
                JSON.writeValueAsString(serviceOptions),
                JSON.writeValueAsString(kafkaOptions),
                JSON.writeValueAsString(warmUp.rounds().stream().map(r -> r.kind().via()).toList()),
                JSON.writeValueAsString(warmUp.rounds().stream().map(r -> Math.round(r.kind().rate())).toList()),
                JSON.writeValueAsString(warmUp.rounds().stream().map(r -> Math.round(r.postsPerSecond())).toList()),
                warmUp.rounds().stream().map(r -> jsonShare(r.jitShare())).collect(Collectors.joining(",", "[", "]")),
                results.stream().map(r -> json(r, usage.cpuByStage().get(r.name())))
                        .collect(Collectors.joining(",")));
    }

    /** Each process's CPU milliseconds a post in each measured stage, its JIT compilers' part in brackets. */
    static String cpuByStageTable(Map<String, StageCpu> cpuByStage) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n  CPU ms a post by stage (JIT)%n  %-20s", "Process"));
        cpuByStage.keySet().forEach(stage -> table.append(String.format(Locale.ROOT, " %14s", stage)));
        table.append(String.format("%n"));
        Set<String> processes = cpuByStage.values().stream().flatMap(cpu -> cpu.cpuSeconds().keySet().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String process : processes) {
            table.append(String.format(Locale.ROOT, "  %-20s", process));
            cpuByStage.values().forEach(cpu -> table.append(String.format(Locale.ROOT, " %14s",
                    msPerPost(cpu.cpuSeconds().get(process), cpu.posts()) + " ("
                            + msPerPost(cpu.jitSeconds().get(process), cpu.posts()) + ")")));
            table.append(String.format("%n"));
        }
        return table.toString();
    }

    /**
     * CPU milliseconds a post of a stage, or "-" where the figure is not known (the JIT compilers of PostgreSQL, which
     * is no JVM) or the stage had no posts.
     */
    private static String msPerPost(Double seconds, long posts) {
        return seconds == null || posts == 0 ? "-" : String.format(Locale.ROOT, "%.2f", seconds * 1000 / posts);
    }

    /**
     * The stage whose latency the summary reports: the Kafka stage at the target's rate (2,000 posts/s), else the
     * Kafka stage with the highest fixed rate, else the first.
     */
    static StageResult latencyStage(List<StageResult> results) {
        List<StageResult> fixedRate = results.stream().filter(r -> r.via().equals("kafka") && r.rate() > 0).toList();
        return fixedRate.stream().filter(r -> r.rate() == TARGET_P99_RATE).findFirst()
                .or(() -> fixedRate.stream().max(Comparator.comparingDouble(StageResult::rate)))
                .orElse(results.get(0));
    }

    private static String percentiles(double[] millis) {
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", millis[0], millis[1], millis[2]);
    }

    /**
     * Whether the baseline ran undisturbed, so that its rate is the machine's limit. Flat out its posts' latency grows
     * steadily through the stage (the last wait longest), so its p99 stays within a few times its p50; records held
     * back on one partition (a producer stuck retrying, a consumer group rebalancing) put its p99 far beyond.
     */
    static boolean steady(StageResult baseline) {
        return baseline.complete()
                && baseline.caseMs()[1] <= STEADY_P99_OVER_P50 * baseline.caseMs()[0] + STEADY_SLACK_MS;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    /** Whole megabytes, or a dash for a process whose memory is not measured. */
    private static String megabytes(Long kb) {
        return kb == null ? "-" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
    }

    private static String megabytes(Map<String, Long> kb) {
        Map<String, Long> mb = new LinkedHashMap<>();
        kb.forEach((name, value) -> mb.put(name, Math.round(value / 1024.0)));
        return JSON.writeValueAsString(mb);
    }

    /** Each process's or group's total divided by a stage's posts, to two decimals, as a JSON object. */
    private static <V> String perPost(Map<String, V> totals, ToDoubleFunction<V> amount, long posts) {
        Map<String, Double> perPost = new LinkedHashMap<>();
        totals.forEach((name, total) -> perPost.put(name,
                Math.round(amount.applyAsDouble(total) * 100 / posts) / 100.0));
        return JSON.writeValueAsString(perPost);
    }

    /** A share to two decimals, or null when it was not measured. */
    private static String jsonShare(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.2f", share.getAsDouble()) : "null";
    }

    /** A group's entries and bytes a post; bytes where records were deleted meanwhile as a lower bound ("≥"). */
    private static String brokerWritesLine(String group, BrokerWrites.Written written, Options options) {
        String bytes = String.format(Locale.ROOT, "%s%,.0f", written.bytesExact() ? "" : "≥ ",
                (double) written.bytes() / options.flatOutPosts());
        return String.format(Locale.ROOT, "  %-32s %12.2f %10s%n", group,
                (double) written.entries() / options.flatOutPosts(), bytes);
    }

    /** A stage as JSON, with its CPU a post by process and the JIT compilers' part when it was measured. */
    private static String json(StageResult r, StageCpu cpu) {
        return String.format(Locale.ROOT, "{\"stage\":\"%s\",\"via\":\"%s\",\"rate\":%.0f,\"posts\":%d,\"failed\":%d,"
                        + "\"complete\":%b,\"triagedPerSecond\":%.0f,\"casePerSecond\":%.0f,\"p50AcceptedToTriagedMs\":%.1f,"
                        + "\"p99AcceptedToTriagedMs\":%.1f,\"p999AcceptedToTriagedMs\":%.1f,\"p50AcceptedToCaseMs\":%.1f,"
                        + "\"p99AcceptedToCaseMs\":%.1f,\"p999AcceptedToCaseMs\":%.1f,\"duplicates\":%d,"
                        + "\"accuratePathShare\":%s%s}",
                r.name(), r.via(), r.rate(), r.posts(), r.failed(), r.complete(), r.triagedPerSecond(),
                r.casePerSecond(), r.triagedMs()[0], r.triagedMs()[1], r.triagedMs()[2], r.caseMs()[0], r.caseMs()[1],
                r.caseMs()[2], r.duplicates(), jsonShare(r.accuratePathShare()), cpu == null ? "" : cpuJson(cpu));
    }

    /** A stage's CPU a post by process and its JIT compilers' part, as JSON fields to append. */
    private static String cpuJson(StageCpu cpu) {
        return String.format(Locale.ROOT, ",\"cpuMsPerPost\":%s,\"jitMsPerPost\":%s",
                perPost(cpu.cpuSeconds(), seconds -> seconds * 1000, cpu.posts()),
                perPost(cpu.jitSeconds(), seconds -> seconds * 1000, cpu.posts()));
    }
}
