package dev.parley.bench;

import dev.parley.local.LocalPlatform;
import dev.parley.local.LocalSettings;
import dev.parley.local.Service;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * {@code ./parley bench inbox [--cases N] [--requests N] [--clients N]}: the agents' API under load with a
 * large case table. The platform runs as under {@code ./parley up}; the response service's own migrations
 * create the tables, then {@code N} cases (each with its first post) are written straight into PostgreSQL,
 * spread over statuses, teams, agents, tags, SLA deadlines and half a year. Concurrent clients then call the
 * inbox's common queries through HTTP with the admin API key, and each query's latency goes into an
 * HdrHistogram. Cases are numbered newest first and only the newest 5% are live, as on a table that has
 * kept years of cases; a twenty-fifth carry the tag {@code vip}.
 */
final class InboxBenchmark {
    static final double TARGET_P99_MS = 50;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private InboxBenchmark() {
    }

    static int run(java.nio.file.Path repo, LocalSettings.JavaOptions javaOptions, int cases, int requests, int clients)
            throws Exception {
        return BenchPlatform.run(repo, javaOptions, platform -> measure(platform, cases, requests, clients));
    }

    private static int measure(LocalPlatform platform, int cases, int requests, int clients) throws Exception {
        String jdbcUrl = platform.settings().jdbcUrl();
        List<String> caseIds;
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            seed(db, cases);
            caseIds = sampleIds(db, 1_000);
        }
        System.out.printf(Locale.ROOT, "  %,d cases written and analysed in %.1f s%n", cases,
                (System.nanoTime() - started) / 1e9);
        String api = platform.settings().url(Service.RESPONSE) + "/api/v1/cases";
        Map<String, Supplier<String>> queries = new LinkedHashMap<>();
        queries.put("open, by priority", () -> api + "?status=open&limit=50");
        queries.put("a team's queue", () -> api + "?status=open&team=" + pick(TEAMS) + "&limit=50");
        queries.put("an agent's cases", () -> api + "?assignee=agent-" + ThreadLocalRandom.current().nextInt(200)
                + "&limit=50");
        queries.put("SLA breached", () -> api + "?sla=breached&limit=50");
        queries.put("open VIP cases", () -> api + "?status=open&tag=vip&limit=50");
        queries.put("page 20 of open", () -> api + "?status=open&limit=50&offset=950");
        queries.put("one case", () -> api + "/" + caseIds.get(ThreadLocalRandom.current().nextInt(caseIds.size())));
        Map<String, Histogram> latency = new LinkedHashMap<>();
        AtomicLong failures = new AtomicLong();
        // Warm up the service's JIT and PostgreSQL's cache on every query, then measure.
        call(queries, platform.apiKey(), clients, Math.max(500, requests / 10), new LinkedHashMap<>(), failures);
        failures.set(0);
        long measureStart = System.nanoTime();
        call(queries, platform.apiKey(), clients, requests, latency, failures);
        double seconds = (System.nanoTime() - measureStart) / 1e9;
        print(cases, requests, clients, seconds, latency, failures.get());
        return 0;
    }

    private static final String[] TEAMS = {"customer-care", "baggage", "flight-ops", "payments", "digital"};

    private static String pick(String[] options) {
        return options[ThreadLocalRandom.current().nextInt(options.length)];
    }

    /** {@code count} cases with one post each, then fresh planner statistics, as after a real load. */
    private static void seed(Connection db, int count) throws Exception {
        try (PreparedStatement cases = db.prepareStatement("""
                    INSERT INTO cases (case_id, conversation_id, brand, platform, channel, status, priority, sentiment,
                                       assignee, team, skills, tags, sla_policy, first_response_due, first_response_warn,
                                       created_at, updated_at)
                    SELECT gen_random_uuid(), 'bench:' || g, 'bench-air',
                           (ARRAY['x','facebook','instagram','reddit','youtube'])[1 + g % 5],
                           CASE WHEN g % 10 = 0 THEN 'private' ELSE 'public' END,
                           -- numbered newest first: the newest 5% are live, then resolved, and most are closed,
                           -- as on a table that holds years of cases
                           CASE WHEN g <= ? THEN 'open' WHEN g <= ? THEN 'pending_customer'
                                WHEN g <= ? THEN 'escalated' WHEN g <= ? THEN 'resolved' ELSE 'closed' END,
                           ((g::bigint * 7919) % 101)::int,
                           (ARRAY['negative','neutral','positive'])[1 + g % 3],
                           CASE WHEN g % 3 = 0 THEN NULL ELSE 'agent-' || (g % 200) END,
                           (ARRAY['customer-care','baggage','flight-ops','payments','digital'])[1 + g % 5],
                           ARRAY['language:en', 'platform:x'],
                           CASE WHEN g % 25 = 0 THEN ARRAY['vip'] ELSE '{}' END,
                           'standard',
                           now() - make_interval(mins => g % 600) + interval '2 hours',
                           now() - make_interval(mins => g % 600) + interval '96 minutes',
                           now() - make_interval(secs => g * 15), now() - make_interval(secs => g * 15)
                    FROM generate_series(1, ?) g""");
             Statement sql = db.createStatement()) {
            double[] shares = {0.03, 0.04, 0.05, 0.20};
            for (int i = 0; i < shares.length; i++) {
                cases.setInt(i + 1, (int) (count * shares[i]));
            }
            cases.setInt(shares.length + 1, count);
            cases.execute();
            sql.execute("""
                    INSERT INTO case_posts (post_id, case_id, external_id, author_id, author_handle, text, sentiment,
                                            sentiment_score, priority, priority_reasons, created_at, received_at)
                    SELECT 'bench:' || conversation_id, case_id, conversation_id, 'customer-' || priority,
                           'customer', 'My flight was cancelled and nobody tells me anything', sentiment, -0.6,
                           priority, ARRAY['negative sentiment (+24)'], created_at, created_at
                    FROM cases WHERE brand = 'bench-air'""");
            // As autovacuum would have long since done on a real table of this size: statistics and visibility map.
            sql.execute("VACUUM ANALYZE cases");
            sql.execute("VACUUM ANALYZE case_posts");
        }
    }

    private static List<String> sampleIds(Connection db, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT case_id FROM cases TABLESAMPLE SYSTEM (1) LIMIT " + count)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** {@code requests} calls spread over the queries in turn, from {@code clients} threads. */
    private static void call(Map<String, Supplier<String>> queries, String apiKey, int clients, int requests,
                             Map<String, Histogram> latency, AtomicLong failures) throws Exception {
        List<String> names = List.copyOf(queries.keySet());
        names.forEach(name -> latency.put(name, new ConcurrentHistogram(60_000_000L, 3)));
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        String name = names.get((int) (i % names.size()));
                        HttpRequest request = HttpRequest.newBuilder(URI.create(queries.get(name).get()))
                                .header("X-Api-Key", apiKey).timeout(Duration.ofSeconds(30)).build();
                        long start = System.nanoTime();
                        HttpResponse<Void> answer = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
                        latency.get(name).recordValue((System.nanoTime() - start) / 1_000);
                        if (answer.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void print(int cases, int requests, int clients, double seconds, Map<String, Histogram> latency,
                              long failures) {
        Histogram all = new Histogram(60_000_000L, 3);
        latency.values().forEach(all::add);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nInbox API (response service, HTTP, admin API key), %,d cases, %,d requests from %d clients: "
                        + "%,.0f requests/s%n  %-20s %9s %9s %9s%n", cases, requests, clients, requests / seconds,
                "query", "p50 ms", "p99 ms", "max ms"));
        latency.forEach((name, h) -> out.append(String.format(Locale.ROOT, "  %-20s %9.1f %9.1f %9.1f%n", name,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0)));
        double p99 = all.getValueAtPercentile(99) / 1000.0;
        out.append(String.format(Locale.ROOT, "  %-20s %9.1f %9.1f %9.1f   target p99 < %.0f ms: %s; failed %d%n",
                "all", all.getValueAtPercentile(50) / 1000.0, p99, all.getMaxValue() / 1000.0, TARGET_P99_MS,
                p99 < TARGET_P99_MS && failures == 0 ? "met" : "MISSED", failures));
        System.out.print(out);
        StringBuilder perQuery = new StringBuilder();
        latency.forEach((name, h) -> perQuery.append(perQuery.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                "\"%s\":%.1f", name, h.getValueAtPercentile(99) / 1000.0)));
        System.out.printf(Locale.ROOT, "{\"benchmark\":\"inbox\",\"cases\":%d,\"requests\":%d,\"clients\":%d,"
                        + "\"requestsPerSecond\":%.0f,\"p50Ms\":%.1f,\"p99Ms\":%.1f,\"failed\":%d,\"p99MsByQuery\":{%s},"
                        + "\"targetP99Ms\":%.0f}%n", cases, requests, clients, requests / seconds,
                all.getValueAtPercentile(50) / 1000.0, p99, failures, perQuery, TARGET_P99_MS);
    }
}
