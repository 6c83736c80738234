package dev.parley.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What processes use, from Linux's {@code /proc}: resident memory (RSS) now and its peak while watched, CPU
 * time used while watched, which says which service a post costs most in, how much of that CPU time the JVMs'
 * JIT compilers took, which says whether the services still run code that is being compiled, and how much their
 * garbage collectors took, which says whether a heap is too small for the load.
 */
final class ProcessUsage implements AutoCloseable {
    /** Linux reports CPU time in clock ticks of 1/100 s on every platform the JDK supports. */
    private static final double SECONDS_PER_TICK = 0.01;

    private final Map<String, Long> processIds;
    private final Map<String, Long> cpuOnly;
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final Map<String, Double> cpuAtStart;
    private final JvmThreads jvmThreadsAtStart;
    private final Thread sampler;
    private volatile boolean running = true;

    /**
     * Starts watching: samples the processes' RSS every 250 ms until closed, keeping each one's highest, and
     * counts the CPU time of those and of {@code cpuOnly} (whose RSS would mislead: PostgreSQL's backends share
     * its buffers).
     */
    ProcessUsage(Map<String, Long> processIds, Map<String, Long> cpuOnly) {
        this.processIds = processIds;
        this.cpuOnly = cpuOnly;
        this.cpuAtStart = cpuSeconds();
        this.jvmThreadsAtStart = jvmThreadSeconds();
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

    /**
     * User + system CPU seconds each process has used so far; for the {@code cpuOnly} ones with their children's:
     * PostgreSQL's work is done in its connections' backends, the postmaster's children (live ones counted
     * directly, ended ones in the postmaster's totals for its reaped children). The benchmark itself is the
     * services' parent, so children count only where asked.
     */
    private Map<String, Double> cpuSeconds() {
        Map<Long, Long> childTicksByParent = new HashMap<>();
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            all.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(dir -> statFields(dir).ifPresent(fields -> childTicksByParent
                            .merge(Long.parseLong(fields[1]), ticks(fields, false), Long::sum)));
        } catch (IOException e) {
            // not Linux: no children to add
        }
        Map<String, Double> cpu = new LinkedHashMap<>();
        processIds.forEach((name, pid) -> statFields(Path.of("/proc", pid.toString()))
                .ifPresent(fields -> cpu.put(name, ticks(fields, false) * SECONDS_PER_TICK)));
        cpuOnly.forEach((name, pid) -> statFields(Path.of("/proc", pid.toString())).ifPresent(fields -> cpu.put(name,
                (ticks(fields, true) + childTicksByParent.getOrDefault(pid, 0L)) * SECONDS_PER_TICK)));
        return cpu;
    }

    /** CPU seconds each JVM's JIT compilers and its garbage collector have used, by process name. */
    record JvmThreads(Map<String, Double> jit, Map<String, Double> gc) {
    }

    /** What the watched JVMs' compiler and collector threads have used so far: one pass over their threads. */
    private JvmThreads jvmThreadSeconds() {
        Map<String, Double> jit = new LinkedHashMap<>();
        Map<String, Double> gc = new LinkedHashMap<>();
        processIds.forEach((name, pid) -> {
            long jitTicks = 0;
            long gcTicks = 0;
            try (Stream<Path> threads = Files.list(Path.of("/proc", pid.toString(), "task"))) {
                for (Path task : (Iterable<Path>) threads::iterator) {
                    String thread = threadName(task).orElse("");
                    boolean compiler = isJitCompiler(thread);
                    if (compiler || isCollector(thread)) {
                        long ticks = statFields(task).map(fields -> ticks(fields, false)).orElse(0L);
                        jitTicks += compiler ? ticks : 0;
                        gcTicks += compiler ? 0 : ticks;
                    }
                }
            } catch (IOException e) {
                return; // not running (or not Linux): no threads to count
            }
            jit.put(name, jitTicks * SECONDS_PER_TICK);
            gc.put(name, gcTicks * SECONDS_PER_TICK);
        });
        return new JvmThreads(jit, gc);
    }

    /** Linux keeps the first 15 characters of a thread's name. */
    private static Optional<String> threadName(Path thread) {
        try {
            return Optional.of(Files.readString(thread.resolve("comm")).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** HotSpot's compiler threads: {@code C1 CompilerThread<n>} and {@code C2 CompilerThread<n>}. */
    static boolean isJitCompiler(String thread) {
        return thread.startsWith("C1 CompilerThre") || thread.startsWith("C2 CompilerThre");
    }

    /**
     * HotSpot's collector threads: the serial collector's collections run in the {@code VM Thread} (with the JVM's
     * other stop-the-world operations, which are small beside them), the parallel and G1 collectors' in
     * {@code GC Thread#<n>} and G1's concurrent ones in {@code G1 ...} threads.
     */
    static boolean isCollector(String thread) {
        return thread.equals("VM Thread") || thread.startsWith("GC Thread#") || thread.startsWith("G1 ");
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name (which may hold spaces), if it still runs. */
    private static Optional<String[]> statFields(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** utime + stime, and with {@code reapedChildren} cutime + cstime too. */
    private static long ticks(String[] fields, boolean reapedChildren) {
        long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return reapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
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
        return since(cpuSeconds(), cpuAtStart);
    }

    private static Map<String, Double> since(Map<String, Double> now, Map<String, Double> atStart) {
        Map<String, Double> used = new LinkedHashMap<>();
        now.forEach((name, seconds) -> used.put(name, seconds - atStart.getOrDefault(name, 0.0)));
        return used;
    }

    /**
     * The share of the processes' CPU seconds ({@link #cpuSecondsSinceStart()}) that their JIT compilers took
     * ({@link #jvmThreadSecondsSinceStart()}), or empty when it cannot be measured (not Linux, or no CPU used).
     */
    static OptionalDouble jitShare(Map<String, Double> cpuSeconds, Map<String, Double> jitSeconds) {
        double all = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        double jit = jitSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return all > 0 ? OptionalDouble.of(jit / all) : OptionalDouble.empty();
    }

    /** What each JVM's JIT compilers and garbage collector have used since watching began (part of its CPU). */
    JvmThreads jvmThreadSecondsSinceStart() {
        JvmThreads now = jvmThreadSeconds();
        return new JvmThreads(since(now.jit(), jvmThreadsAtStart.jit()), since(now.gc(), jvmThreadsAtStart.gc()));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join(1_000);
    }
}
