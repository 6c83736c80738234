package dev.parley.bench;

import dev.parley.local.LocalPlatform;
import dev.parley.local.LocalSettings;
import dev.parley.local.Service;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;

/**
 * The whole platform as {@code ./parley up} runs it, for a benchmark: a fresh home in the temp folder, free
 * ports, no demo feed, and stopped however the benchmark ends (Ctrl-C included).
 */
public final class BenchPlatform {
    private BenchPlatform() {
    }

    /** What a benchmark measures against the running platform; returns the process's exit code. */
    public interface Measurement {
        int measure(LocalPlatform platform) throws Exception;
    }

    public static int run(Path repo, LocalSettings.JavaOptions javaOptions, Measurement measurement) throws Exception {
        Path home = Files.createTempDirectory("parley-bench");
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        LocalSettings settings = new LocalSettings(home, repo.resolve("all-in-one/target/services"),
                repo.resolve("all-in-one/target/runtime.classpath"), freePort(), freePort(), freePort(), ports,
                javaOptions, LocalSettings.classDataSharing(repo, System.getenv()), 0);
        long begin = System.nanoTime();
        System.out.println("Starting the platform (logs in " + settings.logs() + ")");
        LocalPlatform platform = LocalPlatform.start(settings, step -> System.out.printf(Locale.ROOT,
                "  [%5.1f s] %s%n", (System.nanoTime() - begin) / 1e9, step));
        // Ctrl-C or a timeout must not leave five services, a broker and PostgreSQL running.
        Thread stop = new Thread(() -> stopAndDeleteData(platform, settings), "stop-platform");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return measurement.measure(platform);
        } finally {
            if (removed(stop)) {
                stopAndDeleteData(platform, settings);
            }
        }
    }

    /** Whether the shutdown hook was taken back: false when the JVM is shutting down and the hook is stopping. */
    private static boolean removed(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    /**
     * Stops the platform and deletes what its broker and database wrote (up to a few GB a run, left in the temp
     * folder otherwise); the logs stay for a look afterwards.
     */
    private static void stopAndDeleteData(LocalPlatform platform, LocalSettings settings) {
        platform.close();
        try {
            PathUtils.deleteDirectory(settings.data());
        } catch (IOException e) {
            System.err.println("Could not delete the benchmark's data in " + settings.data() + ": " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
