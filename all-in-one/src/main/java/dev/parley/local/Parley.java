package dev.parley.local;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/** {@code ./parley up}: the whole platform on this machine until Ctrl-C; {@code ./parley report}: its report. */
public final class Parley {
    private Parley() {
    }

    public static void main(String[] args) throws InterruptedException {
        String command = args.length == 0 ? "up" : args[0];
        if (!command.equals("up") && !command.equals("report")) {
            System.err.println("usage: ./parley up\n  runs Kafka, PostgreSQL, the five services and a demo feed on this"
                    + " machine; Ctrl-C stops them. Settings: see README 'Running locally'.\n" + ReportCommand.USAGE);
            System.exit(2);
        }
        LocalSettings settings;
        try {
            settings = LocalSettings.fromEnvironment(Path.of(System.getProperty("parley.repo", ".")), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (command.equals("report")) {
            System.exit(ReportCommand.run(args, settings));
        }
        long begin = System.nanoTime();
        System.out.println("Starting Parley (data and logs in " + settings.home() + ")");
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(settings, step -> System.out.printf(Locale.ROOT, "  [%5.1f s] %s%n",
                    (System.nanoTime() - begin) / 1e9, step));
        } catch (RuntimeException e) {
            System.err.println("Parley could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(platform.recordsClassData()
                    ? "\nStopping Parley (the services write their class data for faster starts: up to a minute)..."
                    : "\nStopping Parley...");
            platform.close();
            System.out.println("Stopped. Data kept in " + settings.data() + " (delete it to start afresh).");
            stopped.countDown();
        }, "parley-stop"));
        printWhereToLook(settings, (System.nanoTime() - begin) / 1e9);
        stopped.await();
    }

    private static void printWhereToLook(LocalSettings settings, double seconds) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nParley is running (started in %.1f s).%n%n",
                seconds));
        for (Service service : Service.values()) {
            out.append(String.format(Locale.ROOT, "  %-20s %-24s %-22s %s%n", service.serviceName(),
                    settings.url(service), service.tryThis(), service.role()));
        }
        out.append(String.format(Locale.ROOT, "%n  Kafka                %s%n", settings.kafkaBootstrap()));
        out.append(String.format(Locale.ROOT, "  PostgreSQL           %s (user postgres)%n", settings.jdbcUrl()));
        out.append(String.format(Locale.ROOT, "  Logs                 %s%n", settings.logs()));
        out.append(String.format(Locale.ROOT, "  Metrics              <service>/actuator/prometheus%n"));
        Path keyFile = settings.home().resolve(LocalApiKey.FILE);
        out.append(String.format(Locale.ROOT, "  API key              %s (header X-Api-Key, every role of each API that takes keys)%n%n", keyFile));
        if (settings.demoPostsPerSecond() > 0) {
            out.append(String.format(Locale.ROOT, "Demo feed: %s posts/s. Try:%n", settings.demoPostsPerSecond()));
            out.append("  curl -s -H \"X-Api-Key: $(cat " + keyFile + ")\" '" + settings.url(Service.RESPONSE)
                    + "/api/v1/cases?limit=5'\n");
            out.append("  curl -s -H \"X-Api-Key: $(cat " + keyFile + ")\" '" + settings.url(Service.ANALYTICS)
                    + "/api/v1/kpis'\n");
        }
        out.append("\nPress Ctrl-C to stop.");
        System.out.println(out);
    }
}
