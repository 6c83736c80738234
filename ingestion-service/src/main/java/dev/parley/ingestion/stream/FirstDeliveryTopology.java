package dev.parley.ingestion.stream;

import dev.parley.events.EventType;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.ingestion.listening.Listening;
import dev.parley.ingestion.posts.InvalidPostException;
import dev.parley.ingestion.posts.Normaliser;
import dev.parley.ingestion.privacy.Pseudonymisation;
import dev.parley.ingestion.threading.ThreadLink;
import dev.parley.ingestion.threading.Threading;
import dev.parley.support.messaging.DeadLetters;
import dev.parley.support.streams.ReadOrPark;
import dev.parley.support.streams.WithCloudEventHeaders;
import io.prometheus.client.Counter;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code parley.posts.raw} → {@code parley.posts}, exactly one {@link SocialPost} per platform item.
 *
 * <p>The raw topic is keyed by post id, so every delivery of an item reaches the same task, whose
 * store {@value #SEEN_STORE} remembers the ids already published. The store is backed by a changelog
 * topic and the application runs exactly-once, so the guarantee holds across restarts, rebalances and
 * replicas: an item's {@code SocialPost} and the store entry that suppresses its repeats commit
 * together or not at all. Items that cannot be normalised go to {@code parley.posts.raw.dlq}
 * unchanged, with the reason in {@code x-exception-message}, and so do records that cannot be read as a
 * {@code RawPost} ({@link ReadOrPark}).
 */
public final class FirstDeliveryTopology {
    public static final String SEEN_STORE = "published-post-ids";

    private static final Counter OUTCOMES = Counter.build()
            .name("parley_ingestion_items_total")
            .help("Raw items by outcome: published, duplicate (an item already decided), not_listened_to (outside"
                    + " the brand's listening rules) or rejected (cannot be normalised)")
            .labelNames("outcome")
            .register();

    private FirstDeliveryTopology() {
    }

    public static void build(StreamsBuilder builder, Serde<RawPost> raw, Serde<SocialPost> posts, Serde<ThreadLink> links,
                             Normaliser normaliser, Listening listening, Pseudonymisation pseudonymisation,
                             Threading threading, Duration rememberFor, String source) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SEEN_STORE),
                Serdes.String(), Serdes.Long()));
        Map<String, KStream<String, Outcome>> branches = ReadOrPark.stream(builder, Topic.POSTS_RAW, raw.deserializer(), null)
                .processValues(() -> new FirstDelivery(normaliser, listening, rememberFor), SEEN_STORE)
                .split(Named.as("outcome-"))
                .branch((key, outcome) -> outcome instanceof Outcome.Published, Branched.as("published"))
                .defaultBranch(Branched.as("rejected"));
        ThreadingStage.thread(builder, branches.get("outcome-published")
                        .mapValues(outcome -> pseudonymisation.apply(((Outcome.Published) outcome).post())), posts, links,
                        threading, rememberFor)
                .processValues(() -> new WithCloudEventHeaders<>(EventType.SOCIAL_POST, source))
                .to(Topic.POSTS.topicName(), Produced.with(Serdes.String(), posts));
        branches.get("outcome-rejected")
                .processValues(WithRejectionReason::new)
                .to(Topic.POSTS_RAW.deadLetterTopicName().orElseThrow(), Produced.with(Serdes.String(), raw));
    }

    /** What became of one raw item. Repeats produce no outcome at all. */
    sealed interface Outcome {
        record Published(SocialPost post) implements Outcome {
        }

        record Rejected(RawPost raw, String reason) implements Outcome {
        }
    }

    /**
     * Normalises an item the first time its post id is seen and applies the brand's listening rules;
     * later deliveries are dropped and counted.
     */
    static final class FirstDelivery implements FixedKeyProcessor<String, RawPost, Outcome> {
        private final Normaliser normaliser;
        private final Listening listening;
        private final Duration rememberFor;
        private FixedKeyProcessorContext<String, Outcome> context;
        private KeyValueStore<String, Long> seen;

        FirstDelivery(Normaliser normaliser, Listening listening, Duration rememberFor) {
            this.normaliser = normaliser;
            this.listening = listening;
            this.rememberFor = rememberFor;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, Outcome> context) {
            this.context = context;
            this.seen = context.getStateStore(SEEN_STORE);
            StoreExpiry.schedule(context, seen, Long::longValue, rememberFor);
        }

        @Override
        public void process(FixedKeyRecord<String, RawPost> record) {
            RawPost raw = record.value();
            if (raw == null) {
                return;
            }
            if (seen.get(raw.postId()) != null) {
                OUTCOMES.labels("duplicate").inc();
                return;
            }
            try {
                SocialPost post = normaliser.normalise(raw).withRawReference(context.recordMetadata()
                        .map(at -> at.topic() + "/" + at.partition() + "@" + at.offset()).orElse(null));
                seen.put(raw.postId(), raw.receivedAt().toEpochMilli());
                if (listening.rejects(post).isPresent()) {
                    OUTCOMES.labels("not_listened_to").inc();
                    return;
                }
                OUTCOMES.labels("published").inc();
                context.forward(record.withValue(new Outcome.Published(post)));
            } catch (InvalidPostException e) {
                OUTCOMES.labels("rejected").inc();
                context.forward(record.withValue(new Outcome.Rejected(raw, e.getMessage())));
            }
        }
    }

    /** The rejected item, unchanged, with why and where from in its headers. */
    static final class WithRejectionReason implements FixedKeyProcessor<String, Outcome, RawPost> {
        private FixedKeyProcessorContext<String, RawPost> context;

        @Override
        public void init(FixedKeyProcessorContext<String, RawPost> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, Outcome> record) {
            Outcome.Rejected rejected = (Outcome.Rejected) record.value();
            FixedKeyRecord<String, RawPost> parked = record.withValue(rejected.raw());
            DeadLetters.setReason(parked.headers(), Topic.POSTS_RAW, rejected.reason());
            context.forward(parked);
        }
    }
}
