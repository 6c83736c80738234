package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.Breakdowns;
import dev.parley.analytics.kpi.CaseFacts;
import dev.parley.analytics.kpi.CaseHistory;
import dev.parley.analytics.kpi.CheckFacts;
import dev.parley.analytics.kpi.Fact;
import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.Dimensions;
import dev.parley.analytics.kpi.KpiAggregates;
import dev.parley.analytics.kpi.KpiWindow;
import dev.parley.analytics.kpi.Observation;
import dev.parley.analytics.kpi.PostFacts;
import dev.parley.analytics.spikes.SpikeDetector;
import dev.parley.analytics.spikes.SpikeSettings;
import dev.parley.analytics.spikes.TopicHours;
import dev.parley.analytics.spikes.TopicPosts;
import dev.parley.events.Alert;
import dev.parley.events.BrandCheck;
import dev.parley.events.CaseEvent;
import dev.parley.events.EventType;
import dev.parley.events.Improvement;
import dev.parley.events.KpiSnapshot;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import dev.parley.support.streams.ReadOrPark;
import dev.parley.support.streams.WithCloudEventHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics topology as a pure function: triaged posts, case events and brand checks become {@link Fact}s (posts
 * and checks directly, case events through each case's {@link CaseHistory}), an event's facts are grouped by every
 * breakdown they have (brand, brand × platform, brand × topic, ...), gathered by breakdown between commits ({@link
 * BreakdownGathering}), and each breakdown's KPIs are counted together in 1-minute, 1-hour and 1-day windows (stores
 * {@code breakdown-kpis-1m}, {@code -1h}, {@code -1d}), and every change is a {@code KpiSnapshot} upsert per KPI on
 * {@code parley.analytics.kpis}; the backlog's +1 / −1 changes become running levels first (store {@code
 * backlog-levels}). Time is each event's own (a post's {@code receivedAt}, a case event's {@code occurredAt}, a
 * check's {@code checkedAt}), so replaying the topics gives the same windows; an event up to {@link #GRACE} late
 * still counts in its window. Beside the KPIs, each brand's topics are watched hour by hour for spikes ({@link
 * SpikeDetector}), which become alerts on {@code parley.analytics.alerts}. A record of an input that cannot be read
 * goes to that input's dead-letter topic with the reason ({@link ReadOrPark}).
 */
public final class KpiTopology {
    /** Long enough that a replay, whose partitions race ahead of each other, drops nothing it counted live. */
    public static final Duration GRACE = Duration.ofDays(1);
    public static final String CASE_HISTORIES = "case-histories";
    public static final String BACKLOG_LEVELS = "backlog-levels";
    public static final String TOPIC_HOURS = "topic-hours";
    public static final String ALERTS = "alerts";
    public static final String IMPROVEMENTS = "improvements";

    private KpiTopology() {
    }

    public static void build(StreamsBuilder builder, JsonMapper json, String source, SpikeSettings spikes) {
        EventTime eventTime = new EventTime();
        KStream<String, TriagedPost> triaged = ReadOrPark.stream(builder, Topic.POSTS_TRIAGED,
                serde(TriagedPost.class, json).deserializer(), eventTime);
        KStream<String, List<Fact>> posts = triaged.mapValues(PostFacts::of);
        watchForSpikes(builder, triaged, json, source, spikes);
        // Registered improvements, on every instance: few, read by the before/after reviews.
        builder.globalTable(Topic.ANALYTICS_IMPROVEMENTS.topicName(),
                Consumed.with(Serdes.String(), serde(Improvement.class, json)),
                Materialized.<String, Improvement, KeyValueStore<Bytes, byte[]>>as(IMPROVEMENTS)
                        .withKeySerde(Serdes.String()).withValueSerde(serde(Improvement.class, json)));
        builder.addStateStore(cachedStore(CASE_HISTORIES, serde(CaseHistory.class, json)));
        builder.addStateStore(cachedStore(BACKLOG_LEVELS, Serdes.Double()));
        KStream<String, List<Fact>> cases = ReadOrPark.stream(builder, Topic.CASES,
                        serde(CaseEvent.class, json).deserializer(), eventTime)
                .processValues(CaseHistories::new, CASE_HISTORIES);
        KStream<String, List<Fact>> checks = ReadOrPark.stream(builder, Topic.BRAND_CHECKS,
                        serde(BrandCheck.class, json).deserializer(), eventTime)
                .mapValues(CheckFacts::of);

        // One record per breakdown and minute of what a task read between commits, carrying all its KPIs'
        // observations: past the repartition only they travel, since the key names the breakdown.
        builder.addStateStore(CommitHook.builder(BreakdownGathering.COMMIT_HOOK));
        KGroupedStream<String, List<Observation>> byBreakdown = posts.merge(cases).merge(checks)
                .process(BreakdownGathering::new, BreakdownGathering.COMMIT_HOOK)
                .repartition(Repartitioned.with(Serdes.String(), KpiSerdes.observations())
                        .withName("kpi-observations"))
                .processValues(BacklogLevels::new, BACKLOG_LEVELS)
                .groupByKey();
        Serde<KpiAggregates> aggregates = KpiSerdes.aggregates();
        for (KpiWindow window : KpiWindow.values()) {
            byBreakdown.windowedBy(TimeWindows.ofSizeAndGrace(window.size(), GRACE))
                    .aggregate(KpiAggregates::empty, (key, observations, aggregate) -> aggregate.add(observations),
                            Materialized.<String, KpiAggregates, WindowStore<Bytes, byte[]>>as(window.storeName())
                                    .withKeySerde(Serdes.String()).withValueSerde(aggregates)
                                    .withRetention(window.kept()))
                    .toStream()
                    .flatMap((windowed, aggregate) -> snapshots(windowed.key(), window,
                            windowed.window().startTime(), aggregate, Instant.now()))
                    .processValues(() -> new WithCloudEventHeaders<>(EventType.KPI_SNAPSHOT, source))
                    .to(Topic.ANALYTICS_KPIS.topicName(), Produced.with(Serdes.String(),
                            serde(KpiSnapshot.class, json)));
        }
    }

    /** Each brand's topics, hour by hour: spikes and crises become alerts on {@code parley.analytics.alerts}. */
    private static void watchForSpikes(StreamsBuilder builder, KStream<String, TriagedPost> triaged,
            JsonMapper json, String source, SpikeSettings spikes) {
        builder.addStateStore(cachedStore(TOPIC_HOURS, serde(TopicHours.class, json)));
        Serde<Alert> alertSerde = serde(Alert.class, json);
        builder.addStateStore(CommitHook.builder(TopicGathering.COMMIT_HOOK));
        KStream<String, Alert> alerts = triaged.filterNot((key, post) -> PostFacts.excluded(post))
                .process(TopicGathering::new, TopicGathering.COMMIT_HOOK)
                .repartition(Repartitioned.with(Serdes.String(), serde(TopicPosts.class, json))
                        .withName("spike-topic-hours"))
                .processValues(() -> new SpikeWatch(spikes), TOPIC_HOURS)
                .flatMap((key, raised) -> raised.stream().map(a -> KeyValue.pair(a.alertId(), a)).toList());
        alerts.processValues(() -> new WithCloudEventHeaders<>(EventType.ALERT, source))
                .to(Topic.ANALYTICS_ALERTS.topicName(), Produced.with(Serdes.String(), alertSerde));
        // Kept for reports: which spikes happened when. Named, so its repartition topic keeps its name however the
        // topology grows.
        alerts.toTable(Named.as("alerts-by-id"), Materialized.<String, Alert, KeyValueStore<Bytes, byte[]>>as(ALERTS)
                .withKeySerde(Serdes.String()).withValueSerde(alertSerde));
    }

    /**
     * The snapshots of one breakdown's window, one per KPI it holds (and per percentile of a duration), keyed
     * {@code <kpi>|<window>|<window start>|<dimensions>}.
     */
    public static List<KeyValue<String, KpiSnapshot>> snapshots(String dims, KpiWindow window, Instant start,
            KpiAggregates aggregates, Instant computedAt) {
        Map<String, String> dimensions = Dimensions.parse(dims);
        List<KeyValue<String, KpiSnapshot>> out = new ArrayList<>();
        aggregates.byKpi().forEach((kpi, aggregate) -> {
            for (String name : kpi.publishedNames()) {
                out.add(KeyValue.pair(name + "|" + window.label() + "|" + start + "|" + dims,
                        new KpiSnapshot(name, start, start.plus(window.size()), dimensions,
                                aggregate.value(kpi, name), computedAt, aggregate.n())));
            }
        });
        return out;
    }

    /**
     * A persistent store behind the record cache, as the DSL's own stores are: a key written many times between
     * commits (a brand's topic hours on every post, a breakdown's backlog level) reaches RocksDB and its changelog
     * once a commit instead of once a write.
     */
    private static <V> StoreBuilder<KeyValueStore<String, V>> cachedStore(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withCachingEnabled();
    }

    static <T> Serde<T> serde(Class<T> type, JsonMapper json) {
        return new JacksonJsonSerde<>(type, json).ignoreTypeHeaders().noTypeInfo();
    }

    /** Keeps each case's history and turns its events into facts. */
    static final class CaseHistories implements FixedKeyProcessor<String, CaseEvent, List<Fact>> {
        private FixedKeyProcessorContext<String, List<Fact>> context;
        private KeyValueStore<String, CaseHistory> histories;

        @Override
        public void init(FixedKeyProcessorContext<String, List<Fact>> context) {
            this.context = context;
            this.histories = context.getStateStore(CASE_HISTORIES);
        }

        @Override
        public void process(FixedKeyRecord<String, CaseEvent> record) {
            CaseEvent event = record.value();
            CaseFacts.Transition transition = CaseFacts.apply(histories.get(event.caseId()), event);
            histories.put(event.caseId(), transition.history());
            context.forward(record.withValue(transition.facts()));
        }
    }

    /**
     * Turns the backlog's +1 / −1 changes into levels: the running total of each breakdown (stored under
     * {@code backlog|<dimensions>}), kept after the repartition so one task owns each breakdown's total. Other
     * observations pass unchanged.
     */
    static final class BacklogLevels implements FixedKeyProcessor<String, List<Observation>, List<Observation>> {
        private FixedKeyProcessorContext<String, List<Observation>> context;
        private KeyValueStore<String, Double> levels;

        @Override
        public void init(FixedKeyProcessorContext<String, List<Observation>> context) {
            this.context = context;
            this.levels = context.getStateStore(BACKLOG_LEVELS);
        }

        @Override
        public void process(FixedKeyRecord<String, List<Observation>> record) {
            if (record.value().stream().noneMatch(o -> o.kpi() == Kpi.BACKLOG)) {
                context.forward(record);
                return;
            }
            String levelKey = Breakdowns.key(Kpi.BACKLOG, record.key());
            Double before = levels.get(levelKey);
            double level = before == null ? 0 : before;
            List<Observation> withLevels = new ArrayList<>(record.value().size());
            for (Observation o : record.value()) {
                if (o.kpi() == Kpi.BACKLOG) {
                    level += o.value();
                    o = new Observation(Kpi.BACKLOG, level);
                }
                withLevels.add(o);
            }
            levels.put(levelKey, level);
            context.forward(record.withValue(withLevels));
        }
    }

    /** Keeps each brand's topic hours and runs the spike detector on each hour's posts as they are gathered. */
    static final class SpikeWatch implements FixedKeyProcessor<String, TopicPosts, List<Alert>> {
        private final SpikeSettings settings;
        private FixedKeyProcessorContext<String, List<Alert>> context;
        private KeyValueStore<String, TopicHours> hours;

        SpikeWatch(SpikeSettings settings) {
            this.settings = settings;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, List<Alert>> context) {
            this.context = context;
            this.hours = context.getStateStore(TOPIC_HOURS);
        }

        @Override
        public void process(FixedKeyRecord<String, TopicPosts> record) {
            SpikeDetector.Outcome outcome = SpikeDetector.observe(hours.get(record.key()), record.value(), settings);
            hours.put(record.key(), outcome.state());
            context.forward(record.withValue(outcome.alerts()));
        }
    }

    /** Event time: a post's {@code receivedAt}, a case event's {@code occurredAt}, a check's {@code checkedAt}. */
    static final class EventTime implements TimestampExtractor {
        @Override
        public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
            Object value = ReadOrPark.valueOf(record.value());
            if (value instanceof TriagedPost post) {
                return post.post().receivedAt().toEpochMilli();
            }
            if (value instanceof CaseEvent event) {
                return event.occurredAt().toEpochMilli();
            }
            return value instanceof BrandCheck check ? check.checkedAt().toEpochMilli() : record.timestamp();
        }
    }
}
