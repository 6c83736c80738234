package dev.parley.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What processes use, from Linux's {@code /proc}: resident memory (RSS) now and its peak while watched, and
 * CPU time used while watched, which says which service a post costs most in.
 */
final class ProcessUsage implements AutoCloseable {
    /** Linux reports CPU time in clock ticks of 1/100 s on every platform the JDK supports. */
    private static final double SECONDS_PER_TICK = 0.01;

    private final Map<String, Long> processIds;
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final Map<String, Double> cpuAtStart;
    private final Thread sampler;
    private volatile boolean running = true;

    /** Starts watching: samples the processes' RSS every 250 ms until closed, keeping each one's highest. */
    ProcessUsage(Map<String, Long> processIds) {
        this.processIds = processIds;
        this.cpuAtStart = cpuSeconds(processIds);
        this.sampler = new Thread(() -> {
            while (running) {
                rssKb(processIds).forEach((name, kb) -> peakKb.merge(name, kb, Math::max));
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "process-usage");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Each process's RSS in kB now; a process that has gone is left out. */
    static Map<String, Long> rssKb(Map<String, Long> processIds) {
        Map<String, Long> rss = new LinkedHashMap<>();
        processIds.forEach((name, pid) -> {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", pid.toString(), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss.put(name, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException e) {
                // not running (or not Linux): nothing to report for it
            }
        });
        return rss;
    }

    /** User + system CPU seconds each process has used so far. */
    private static Map<String, Double> cpuSeconds(Map<String, Long> processIds) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        processIds.forEach((name, pid) -> {
            try {
                String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
                // Fields after the command name (which may hold spaces) start after its closing parenthesis.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpu.put(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * SECONDS_PER_TICK);
            } catch (IOException e) {
                // not running (or not Linux)
            }
        });
        return cpu;
    }

    /** The highest RSS of each process while watched, in kB, in the order the processes were given. */
    Map<String, Long> peakKb() {
        Map<String, Long> ordered = new LinkedHashMap<>();
        processIds.keySet().forEach(name -> {
            if (peakKb.containsKey(name)) {
                ordered.put(name, peakKb.get(name));
            }
        });
        return ordered;
    }

    /** CPU seconds each process has used since watching began. */
    Map<String, Double> cpuSecondsSinceStart() {
        Map<String, Double> used = new LinkedHashMap<>();
        cpuSeconds(processIds).forEach((name, seconds) -> used.put(name, seconds - cpuAtStart.getOrDefault(name, 0.0)));
        return used;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join(1_000);
    }
}
