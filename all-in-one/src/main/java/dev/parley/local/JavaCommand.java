package dev.parley.local;

import java.nio.file.Path;

/** The {@code java} of the JVM running the launcher, so every process runs on the same Java. */
final class JavaCommand {
    private JavaCommand() {
    }

    static String current() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
