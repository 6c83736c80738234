package dev.parley.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the real brand voice service jar (the smallest) and real JVMs writing and mapping archives. */
class ClassDataSharingTest {
    private static final String SERVICE = "brand-voice-service";
    private static final List<String> OPTIONS = List.of("-Xmx200m", "-XX:+UseSerialGC");

    @TempDir
    Path temp;
    private Path jar;
    private ClassDataSharing classData;

    @BeforeEach
    void copyTheJar() throws IOException {
        jar = Files.copy(Path.of("target/services", SERVICE + ".jar"), temp.resolve(SERVICE + ".jar"));
        classData = new ClassDataSharing(temp.resolve("cds"));
    }

    @Test
    void theFirstLaunchRecordsAnArchiveThatLaterLaunchesUse() throws Exception {
        ClassDataSharing.Launch first = classData.prepare(SERVICE, jar, OPTIONS);
        assertThat(first.recording()).isTrue();
        Path extracted = launchedJar(first);
        assertThat(extracted).isRegularFile().isNotEqualTo(jar);
        assertThat(extracted.resolveSibling("lib")).isDirectory();

        recordWith(first);
        first.stopped(true);

        ClassDataSharing.Launch second = classData.prepare(SERVICE, jar, OPTIONS);
        assertThat(second.recording()).isFalse();
        assertThat(second.arguments()).anyMatch(argument -> argument.startsWith("-XX:SharedArchiveFile="));
        assertThat(launchedJar(second)).isEqualTo(extracted);
        assertThat(classData.prepare(SERVICE, jar, List.of("-Xmx4g")).recording())
                .as("an archive is kept per JVM options").isTrue();
    }

    @Test
    void runsWithAFlightRecordingOrAnAgentNeitherRecordNorMapAnArchive() {
        for (String hook : List.of("-XX:StartFlightRecording=filename=/tmp/jfr/", "-javaagent:agent.jar")) {
            ClassDataSharing.Launch hooked = classData.prepare(SERVICE, jar, List.of("-Xmx200m", hook));

            assertThat(hooked.recording()).isFalse();
            assertThat(hooked.arguments()).hasSize(2);
            assertThat(launchedJar(hooked)).isRegularFile();
        }
    }

    @Test
    void aRecordingIsThrownAwayWhenTheJvmWasKilledOrTheArchiveIsBroken() throws Exception {
        ClassDataSharing.Launch killed = classData.prepare(SERVICE, jar, OPTIONS);
        recordWith(killed);
        killed.stopped(false);
        assertThat(recordingOf(killed)).doesNotExist();

        ClassDataSharing.Launch halfWritten = classData.prepare(SERVICE, jar, OPTIONS);
        assertThat(halfWritten.recording()).isTrue();
        recordWith(halfWritten);
        byte[] archive = Files.readAllBytes(recordingOf(halfWritten));
        Files.write(recordingOf(halfWritten), Arrays.copyOf(archive, archive.length / 3));
        halfWritten.stopped(true);

        assertThat(recordingOf(halfWritten)).doesNotExist();
        assertThat(recordingOf(halfWritten).resolveSibling(recordingOf(halfWritten).getFileName() + ".crash.log"))
                .as("the crashed check's report").doesNotExist();
        assertThat(classData.prepare(SERVICE, jar, OPTIONS).recording()).as("nothing adopted").isTrue();
    }

    @Test
    void aRebuiltJarIsExtractedAgainAndTheOldCopyDeleted() throws IOException {
        Path before = launchedJar(classData.prepare(SERVICE, jar, OPTIONS));

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Path after = launchedJar(classData.prepare(SERVICE, jar, OPTIONS));

        assertThat(after).isRegularFile().isNotEqualTo(before);
        assertThat(before).doesNotExist();
    }

    private static Path launchedJar(ClassDataSharing.Launch launch) {
        List<String> arguments = launch.arguments();
        assertThat(arguments.get(arguments.size() - 2)).isEqualTo("-jar");
        return Path.of(arguments.get(arguments.size() - 1));
    }

    private static Path recordingOf(ClassDataSharing.Launch launch) {
        return launch.arguments().stream().filter(argument -> argument.startsWith("-XX:ArchiveClassesAtExit="))
                .map(argument -> Path.of(argument.substring(argument.indexOf('=') + 1))).findFirst().orElseThrow();
    }

    /**
     * A JVM on the extracted service's class path with the launch's recording option, running a small program
     * of one of its libraries (the PostgreSQL driver's banner, which exits 1) and exiting, which writes the archive.
     */
    private static void recordWith(ClassDataSharing.Launch launch) throws Exception {
        Process process = new ProcessBuilder(JavaCommand.current(), "-XX:ArchiveClassesAtExit=" + recordingOf(launch),
                "-Xlog:cds=off", "-cp", launchedJar(launch).toString(), "org.postgresql.util.PGJDBCMain")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(recordingOf(launch)).isNotEmptyFile();
    }
}
