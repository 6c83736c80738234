package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.PostVolume;
import dev.parley.events.EventType;
import dev.parley.events.KpiSnapshot;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import dev.parley.support.streams.WithCloudEventHeaders;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The analytics topology as a pure function of its serdes: {@code parley.posts.triaged} → per-minute
 * counts by platform and sentiment (window store {@value #POST_VOLUME_STORE}) → {@code KpiSnapshot}
 * upserts on {@code parley.analytics.kpis}. Time is the post's {@code receivedAt}, so replaying the
 * topic gives the same windows; a post up to {@link #GRACE} late still counts.
 */
public final class KpiTopology {
    public static final String POST_VOLUME_STORE = "post-volume";
    public static final Duration GRACE = Duration.ofHours(1);

    private KpiTopology() {
    }

    public static void build(StreamsBuilder builder, Serde<TriagedPost> triaged, Serde<KpiSnapshot> snapshots,
                             String source) {
        builder.stream(Topic.POSTS_TRIAGED.topicName(),
                        Consumed.with(Serdes.String(), triaged).withTimestampExtractor(new ReceivedAt()))
                .groupBy((conversation, post) -> PostVolume.dimensionsOf(post), Grouped.with(Serdes.String(), triaged))
                .windowedBy(TimeWindows.ofSizeAndGrace(PostVolume.WINDOW, GRACE))
                .count(Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(POST_VOLUME_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()))
                .toStream()
                .map((window, count) -> KeyValue.pair(
                        PostVolume.snapshotKey(window.window().startTime(), window.key()),
                        PostVolume.snapshot(window.window().startTime(), window.key(), count, Instant.now())))
                .processValues(() -> new WithCloudEventHeaders<>(EventType.KPI_SNAPSHOT, source))
                .to(Topic.ANALYTICS_KPIS.topicName(), Produced.with(Serdes.String(), snapshots));
    }

    /** Event time of a triaged post: when Parley accepted it. */
    static final class ReceivedAt implements TimestampExtractor {
        @Override
        public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
            return record.value() instanceof TriagedPost post ? post.post().receivedAt().toEpochMilli()
                    : record.timestamp();
        }
    }
}
