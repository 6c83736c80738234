package dev.parley.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

class Rfc3339InstantsTest {
    private final JsonMapper jackson = JsonMapper.builder().build();
    private final JsonMapper fast = JsonMapper.builder().addModule(new Rfc3339Instants()).build();

    @Test
    void writesWhatJacksonWritesAndReadsItBack() {
        for (Instant instant : instants()) {
            String written = fast.writeValueAsString(instant);
            assertThat(written).as("%s", instant).isEqualTo(jackson.writeValueAsString(instant));
            assertThat(fast.readValue(written, Instant.class)).isEqualTo(instant);
        }
    }

    @Test
    void readsEveryFormJacksonReadsAsJacksonDoes() {
        for (String text : List.of("\"2026-11-23T23:50:48Z\"", "\"2026-11-23T23:50:48.1Z\"",
                "\"2026-11-23T23:50:48.123456789Z\"", "\"2026-11-23T23:50:48+02:00\"",
                "\"2026-11-24T01:50:48.5+02:00\"", "\"2026-11-23T20:20:48-03:30\"", "1763941848",
                "1763941848.123", "\"+10000-01-01T00:00:00Z\"", "\"2016-12-31T23:59:60Z\"")) {
            assertThat(fast.readValue(text, Instant.class)).as(text).isEqualTo(jackson.readValue(text, Instant.class));
        }
    }

    @Test
    void badTimestampsFailAsTheyDoInJackson() {
        for (String text : List.of("\"yesterday\"", "\"2026-11-23\"", "\"2026-11-23T25:00:00Z\"",
                "\"2026-11-23T10:00:00\"", "true")) {
            assertThatThrownBy(() -> fast.readValue(text, Instant.class)).as(text).isInstanceOf(JacksonException.class);
            assertThatThrownBy(() -> jackson.readValue(text, Instant.class)).as(text)
                    .isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void timestampsAsNumbersStayJacksons() {
        Instant instant = Instant.parse("2026-11-23T23:50:48.875Z");
        assertThat(fast.rebuild().enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build().writeValueAsString(instant))
                .isEqualTo(jackson.rebuild().enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build()
                        .writeValueAsString(instant));
    }

    @Test
    void everyServicesJsonMapperHasIt() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, JsonAutoConfiguration.class))
                .run(context -> assertThat(context.getBean(JsonMapper.class).registeredModules())
                        .anyMatch(Rfc3339Instants.class::isInstance));
    }

    /** Every fraction length, the ends of the four-digit years and beyond, and random instants. */
    private static List<Instant> instants() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("2026-11-23T23:50:48.100Z"),
                Instant.parse("2026-11-23T23:50:48.000100Z"), Instant.parse("2026-11-23T23:50:48.000000100Z")));
        SplittableRandom random = new SplittableRandom(3339);
        int[] nanoSteps = {1_000_000_000, 1_000_000, 1_000, 1};
        for (int i = 0; i < 20_000; i++) {
            int step = nanoSteps[i % nanoSteps.length];
            instants.add(Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    step == 1_000_000_000 ? 0 : random.nextInt(1_000_000_000 / step) * (long) step));
        }
        return instants;
    }
}
