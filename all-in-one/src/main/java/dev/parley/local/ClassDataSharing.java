package dev.parley.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Starts services from class data sharing (CDS) archives: the JVM maps the classes an earlier run of the same
 * jar loaded instead of reading, parsing and verifying them again, which on 2 shared cores nearly halves the
 * time five services take to start. A service's first run (per jar, JVM and JVM options) records its archive
 * when it is stopped; later runs use it. The JVM archives only classes from plain jars on the class path, so
 * each service jar is first extracted, once, with Spring Boot's jar tools.
 *
 * <p>Everything lives under one folder, a subfolder per service and version of its inputs, so a rebuilt jar
 * or another JVM simply gets a fresh subfolder. An archive is adopted only after its JVM exited by itself
 * and a JVM started from it: a half-written archive crashes the JVM that maps it.
 */
final class ClassDataSharing {
    private static final String EXTRACTED = "app";

    private final Path folder;

    ClassDataSharing(Path folder) {
        this.folder = folder;
    }

    /** How to launch {@code jar}: from its extracted copy, with its archive or recording one. */
    Launch prepare(String service, Path jar, List<String> javaOptions) {
        Path version = folder.resolve(service).resolve(digest(jar.toAbsolutePath().toString(), buildOf(jar)));
        Path app = extracted(service, jar, version);
        // An archive only maps into a JVM like the one that recorded it (same build; same heap size, GC, ...).
        Path archive = version.resolve("classes-" + digest(JavaCommand.current(), System.getProperty("java.vm.version"),
                String.join(" ", javaOptions)) + ".jsa");
        List<String> launchApp = List.of("-jar", app.toString());
        if (hooksClassLoading(javaOptions)) {
            return new Launch(launchApp, app, null, archive);
        }
        if (Files.isRegularFile(archive)) {
            return new Launch(concat(List.of("-XX:SharedArchiveFile=" + archive), launchApp), app, null, archive);
        }
        Path recording = version.resolve("recording-" + UUID.randomUUID() + ".jsa");
        // -Xlog:cds=off: otherwise the JVM warns about every class it cannot archive (old class files, proxies).
        return new Launch(concat(List.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=off"), launchApp), app,
                recording, archive);
    }

    private static List<String> concat(List<String> first, List<String> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
    }

    /**
     * Whether the options hook class loading, as a flight recording or an agent does: the JVM turns a flight
     * recording off while it records an archive, and this project's JVM (17.0.15) crashed mapping an archive
     * under a flight recording (in {@code KlassFactory::check_shared_class_file_load_hook}).
     */
    private static boolean hooksClassLoading(List<String> javaOptions) {
        return javaOptions.stream().anyMatch(option -> option.startsWith("-XX:StartFlightRecording")
                || option.startsWith("-javaagent") || option.startsWith("-agentlib") || option.startsWith("-agentpath"));
    }

    /** Which build of the jar this is: a rebuilt jar has another time (and mostly another size). */
    private static String buildOf(Path jar) {
        try {
            return Files.size(jar) + "@" + Files.getLastModifiedTime(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    private static String digest(String... inputs) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", inputs).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The extracted jar, extracting it first when this version has none (into a temporary folder, then moved). */
    private Path extracted(String service, Path jar, Path version) {
        Path app = version.resolve(EXTRACTED);
        Path launcher = app.resolve(service + ".jar");
        if (Files.isRegularFile(launcher)) {
            return launcher;
        }
        try {
            deleteOtherVersions(version);
            Files.createDirectories(version);
            Path extracting = version.resolve("extracting-" + UUID.randomUUID());
            List<String> command = List.of(JavaCommand.current(), "-Djarmode=tools", "-jar", jar.toString(),
                    "extract", "--destination", extracting.toString());
            ChildProcess.run("extracting " + jar.getFileName(), command, version.resolve("extract.log"),
                    Duration.ofMinutes(2));
            try {
                Files.move(extracting, app, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherLauncherWasFirst) {
                PathUtils.deleteDirectory(extracting);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + jar + " into " + version, e);
        }
        return launcher;
    }

    private static void deleteOtherVersions(Path version) throws IOException {
        Path service = version.getParent();
        if (!Files.isDirectory(service)) {
            return;
        }
        try (Stream<Path> versions = Files.list(service)) {
            for (Path other : versions.filter(v -> !v.equals(version)).toList()) {
                PathUtils.deleteDirectory(other);
            }
        }
    }

    /** One launch of a service: its JVM arguments, and what to keep of it once it has stopped. */
    static final class Launch {
        private final List<String> arguments;
        private final Path app;
        private final Path recording;
        private final Path archive;

        private Launch(List<String> arguments, Path app, Path recording, Path archive) {
            this.arguments = List.copyOf(arguments);
            this.app = app;
            this.recording = recording;
            this.archive = archive;
        }

        /** The JVM arguments after the service's own options: archive options, then {@code -jar} and the jar. */
        List<String> arguments() {
            return arguments;
        }

        /** Whether this run records an archive when it exits (which makes its exit take longer). */
        boolean recording() {
            return recording != null;
        }

        /**
         * Keeps the recorded archive if the JVM exited by itself ({@code stoppedCleanly}) and a JVM starts from
         * it; otherwise throws it away, so the next run records again.
         */
        void stopped(boolean stoppedCleanly) {
            if (recording == null) {
                return;
            }
            try {
                if (stoppedCleanly && Files.isRegularFile(recording) && startsFrom(recording)) {
                    Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(recording);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the class data archive " + recording, e);
            }
        }

        /** Whether a JVM starts from {@code candidate} (with {@code -Xshare:on} a mismatched class path fails too). */
        private boolean startsFrom(Path candidate) throws IOException {
            // A broken archive crashes the JVM: its crash report and output go beside the archive and are deleted.
            Path crashReport = candidate.resolveSibling(candidate.getFileName() + ".crash.log");
            Path output = candidate.resolveSibling(candidate.getFileName() + ".check.log");
            try {
                ChildProcess.run("checking " + candidate.getFileName(), List.of(JavaCommand.current(), "-Xshare:on",
                        "-XX:SharedArchiveFile=" + candidate, "-XX:ErrorFile=" + crashReport, "-cp", app.toString(),
                        "-version"), output, Duration.ofSeconds(30));
                return true;
            } catch (IllegalStateException failed) {
                return false;
            } finally {
                Files.deleteIfExists(crashReport);
                Files.deleteIfExists(output);
            }
        }
    }
}
