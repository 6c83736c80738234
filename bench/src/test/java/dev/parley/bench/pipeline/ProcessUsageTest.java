package dev.parley.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ProcessUsageTest {

    @Test
    void hotSpotsCompilerAndCollectorThreadsAreToldApart() {
        assertThat(ProcessUsage.isJitCompiler("C2 CompilerThre")).isTrue();
        assertThat(ProcessUsage.isJitCompiler("C1 CompilerThre")).isTrue();
        assertThat(ProcessUsage.isCollector("VM Thread")).isTrue();
        assertThat(ProcessUsage.isCollector("GC Thread#1")).isTrue();
        assertThat(ProcessUsage.isCollector("G1 Conc#0")).isTrue();
        assertThat(ProcessUsage.isCollector("C2 CompilerThre")).isFalse();
        assertThat(ProcessUsage.isCollector("VM Periodic Tas")).isFalse();
        assertThat(ProcessUsage.isJitCompiler("kafka-producer-")).isFalse();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void countsTheCpuTimeOfAWatchedJvmsCollector() throws InterruptedException {
        String self = "this test's JVM";
        try (ProcessUsage usage = new ProcessUsage(Map.of(self, ProcessHandle.current().pid()), Map.of())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (usage.jvmThreadSecondsSinceStart().gc().get(self) < 0.05 && System.nanoTime() < deadline) {
                List<long[]> garbage = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    garbage.add(new long[1_000]);
                }
                garbage.clear();
                System.gc();
            }

            double collector = usage.jvmThreadSecondsSinceStart().gc().get(self);
            assertThat(collector).isGreaterThanOrEqualTo(0.05);
            assertThat(collector).isLessThanOrEqualTo(usage.cpuSecondsSinceStart().get(self));
        }
    }
}
