package dev.parley.ingestion.stream;

import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.ingestion.threading.ThreadIndex;
import dev.parley.ingestion.threading.ThreadLink;
import dev.parley.ingestion.threading.Threading;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The threading step of the exactly-once stage: published posts are regrouped by brand and platform
 * (an internal repartition topic) and merged with {@code parley.ingestion.threads} (same key, same
 * partition count), so one task sees every item a reply can answer, and {@link Threading} decides the
 * conversation from its stores. Stores and output commit in the stage's transaction.
 */
final class ThreadingStage {
    static final String CONVERSATIONS_STORE = "conversation-of-item";
    static final String LATEST_STORE = "latest-conversation-of-author";

    private ThreadingStage() {
    }

    /** {@code published} keyed by anything → the same posts, threaded, keyed by conversation id. */
    static KStream<String, SocialPost> thread(StreamsBuilder builder, KStream<String, SocialPost> published,
                                              Serde<SocialPost> posts, Serde<ThreadLink> links, Threading threading,
                                              Duration rememberFor) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONVERSATIONS_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LATEST_STORE),
                Serdes.String(), Serdes.String()));
        KStream<String, Object> postsByThreadKey = published
                .selectKey((key, post) -> ThreadLink.threadKey(post.brand(), post.platform()))
                .repartition(Repartitioned.with(Serdes.String(), posts).withName("threading")
                        .withNumberOfPartitions(Topic.INGESTION_THREADS.partitions()))
                .mapValues(post -> (Object) post);
        KStream<String, Object> linksByThreadKey = builder
                .stream(Topic.INGESTION_THREADS.topicName(), Consumed.with(Serdes.String(), links))
                .mapValues(link -> (Object) link);
        return postsByThreadKey.merge(linksByThreadKey)
                .processValues(() -> new Threader(threading, rememberFor), CONVERSATIONS_STORE, LATEST_STORE)
                .selectKey((key, post) -> post.conversationId());
    }

    /** Threads posts and records links; forwards only posts. */
    static final class Threader implements FixedKeyProcessor<String, Object, SocialPost>, ThreadIndex {
        private final Threading threading;
        private final Duration rememberFor;
        private FixedKeyProcessorContext<String, SocialPost> context;
        private KeyValueStore<String, String> conversations;
        private KeyValueStore<String, String> latest;
        private long now;

        Threader(Threading threading, Duration rememberFor) {
            this.threading = threading;
            this.rememberFor = rememberFor;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, SocialPost> context) {
            this.context = context;
            this.conversations = context.getStateStore(CONVERSATIONS_STORE);
            this.latest = context.getStateStore(LATEST_STORE);
            StoreExpiry.schedule(context, conversations, Threader::rememberedAt, rememberFor);
            StoreExpiry.schedule(context, latest, Threader::rememberedAt, rememberFor);
        }

        /** Entries are {@code "<conversation id> <epoch millis>"}: when written, or when the author last posted. */
        private static long rememberedAt(String entry) {
            return Long.parseLong(entry.substring(entry.lastIndexOf(' ') + 1));
        }

        private static String conversationIn(String entry) {
            return entry.substring(0, entry.lastIndexOf(' '));
        }

        @Override
        public void process(FixedKeyRecord<String, Object> record) {
            now = context.currentSystemTimeMs();
            if (record.value() instanceof SocialPost post) {
                context.forward(record.withValue(threading.thread(post, this)));
            } else if (record.value() instanceof ThreadLink link) {
                threading.link(link, this);
            }
        }

        @Override
        public Optional<String> conversationOf(String itemId) {
            return Optional.ofNullable(conversations.get(itemId)).map(Threader::conversationIn);
        }

        @Override
        public void remember(String itemId, String conversationId) {
            conversations.put(itemId, conversationId + " " + now);
        }

        @Override
        public Optional<LatestConversation> latestOf(String authorKey) {
            return Optional.ofNullable(latest.get(authorKey)).map(entry -> new LatestConversation(conversationIn(entry),
                    Instant.ofEpochMilli(rememberedAt(entry))));
        }

        @Override
        public void rememberLatest(String authorKey, LatestConversation conversation) {
            latest.put(authorKey, conversation.conversationId() + " " + conversation.postedAt().toEpochMilli());
        }
    }
}
