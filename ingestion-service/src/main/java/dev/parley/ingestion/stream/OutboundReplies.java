package dev.parley.ingestion.stream;

import dev.parley.events.ReplyOutcome;
import dev.parley.events.ReplyRequested;
import dev.parley.events.ReplyStatus;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.ingestion.outbound.ReplySender;
import dev.parley.ingestion.outbound.SendRecord;
import dev.parley.ingestion.threading.ThreadLink;
import dev.parley.support.messaging.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@code parley.replies.outbound} → the platforms → {@code parley.replies.status}, each reply posted at
 * most once. Before a platform is called, a {@code sending} record is written to
 * {@code parley.replies.sends} and acknowledged; afterwards the {@code ReplyStatus}, the final send
 * record and the consumed offset commit in one Kafka transaction. A reply found in {@code sending} after
 * a crash is not sent again (see {@link ReplySender}). The send records are read to their end whenever
 * partitions are assigned, so a reply moved to another instance is judged on the same history.
 * A sent reply is also linked to its conversation on {@code parley.ingestion.threads}, so the
 * customer's answer to it joins the same case.
 * Records that are not a {@code ReplyRequested} go to {@code parley.replies.outbound.dlq} with the reason.
 */
public class OutboundReplies implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundReplies.class);
    static final String GROUP = "ingestion-service-outbound";
    private static final Duration RESTART_AFTER = Duration.ofSeconds(5);

    private final ReplySender sender;
    private final KafkaClients kafka;
    private final Clock clock;
    private final Map<String, SendRecord> sends = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread loop;
    private volatile KafkaConsumer<String, String> consumer;

    public OutboundReplies(ReplySender sender, KafkaClients kafka, Clock clock) {
        this.sender = sender;
        this.kafka = kafka;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        loop = new Thread(this::run, "outbound-replies");
        loop.start();
    }

    /** Consumes until stopped; after a failure (Kafka unreachable at start, a fenced producer) starts afresh. */
    private void run() {
        while (running) {
            try {
                consumeUntilStopped();
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Outbound replies failed; starting again in {}", RESTART_AFTER, e);
                try {
                    Thread.sleep(RESTART_AFTER.toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    private void consumeUntilStopped() {
        consumer = kafka.consumer(GROUP);
        try (KafkaProducer<String, String> transactions = kafka.transactionalProducer("ingestion-outbound-" + UUID.randomUUID());
             KafkaProducer<String, String> attempts = kafka.producer()) {
            consumer.subscribe(List.of(Topic.REPLIES_OUTBOUND.topicName()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    kafka.readToEnd(Topic.REPLIES_SENDS.topicName(),
                            (replyId, value) -> sends.put(replyId, kafka.read(value, SendRecord.class)));
                }
            });
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    // A KafkaException leaves the record uncommitted: run() starts afresh and reads it again;
                    // its attempt, if recorded, makes the retry report "outcome unknown" instead of posting twice.
                    handle(record, transactions, attempts);
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void handle(ConsumerRecord<String, String> record, KafkaProducer<String, String> transactions,
                        KafkaProducer<String, String> attempts) {
        ReplyRequested reply;
        try {
            reply = request(record.value());
        } catch (RuntimeException unreadable) {
            ProducerRecord<String, String> parked = new ProducerRecord<>(Topic.REPLIES_OUTBOUND.deadLetterTopicName()
                    .orElseThrow(), record.partition(), record.key(), record.value());
            parked.headers().add(DeadLetters.REASON_HEADER,
                    ("not a ReplyRequested: " + unreadable.getMessage()).getBytes(StandardCharsets.UTF_8));
            parked.headers().add(DeadLetters.ORIGINAL_TOPIC_HEADER, record.topic().getBytes(StandardCharsets.UTF_8));
            commit(record, transactions, List.of(parked));
            return;
        }
        ReplyStatus status = sender.send(reply, sends.get(reply.replyId()), () -> recordAttempt(reply, attempts));
        if (status == null) {
            commit(record, transactions, List.of());
            return;
        }
        SendRecord decided = ReplySender.recordOf(status);
        List<ProducerRecord<String, String>> records = new ArrayList<>(List.of(
                kafka.event(Topic.REPLIES_STATUS.topicName(), reply.conversationId(), status),
                kafka.state(Topic.REPLIES_SENDS.topicName(), decided.replyId(), decided)));
        if (status.outcome() == ReplyOutcome.SENT) {
            // Customers answer our reply: threading must know which conversation it belongs to.
            records.add(kafka.state(Topic.INGESTION_THREADS.topicName(), ThreadLink.threadKey(reply.brand(), reply.platform()),
                    new ThreadLink(reply.brand(), reply.platform(), SocialPost.postIdOf(reply.platform(), status.externalId()),
                            reply.conversationId(), null)));
        }
        commit(record, transactions, records);
        sends.put(decided.replyId(), decided);
    }

    /**
     * @throws IllegalArgumentException naming the required fields the request lacks
     */
    private ReplyRequested request(String json) {
        ReplyRequested reply = kafka.read(json, ReplyRequested.class);
        Map<String, Object> required = new LinkedHashMap<>();
        required.put("replyId", reply.replyId());
        required.put("conversationId", reply.conversationId());
        required.put("brand", reply.brand());
        required.put("platform", reply.platform());
        required.put("inReplyTo", reply.inReplyTo());
        required.put("text", reply.text());
        List<String> missing = required.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing " + String.join(", ", missing));
        }
        return reply;
    }

    /** Writes {@code records} and marks {@code consumed} as processed, atomically. */
    private void commit(ConsumerRecord<String, String> consumed, KafkaProducer<String, String> transactions,
                        List<ProducerRecord<String, String>> records) {
        transactions.beginTransaction();
        try {
            records.forEach(transactions::send);
            transactions.sendOffsetsToTransaction(Map.of(new TopicPartition(consumed.topic(), consumed.partition()),
                    new OffsetAndMetadata(consumed.offset() + 1)), consumer.groupMetadata());
            transactions.commitTransaction();
        } catch (KafkaException e) {
            transactions.abortTransaction();
            throw e;
        }
    }

    private void recordAttempt(ReplyRequested reply, KafkaProducer<String, String> attempts) {
        SendRecord sending = new SendRecord(reply.replyId(), SendRecord.SendState.SENDING, null, null, clock.instant());
        try {
            attempts.send(kafka.state(Topic.REPLIES_SENDS.topicName(), reply.replyId(), sending)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted before the attempt was recorded", e);
        } catch (ExecutionException e) {
            throw new KafkaException("the attempt could not be recorded, so the reply was not sent", e.getCause());
        }
        sends.put(reply.replyId(), sending);
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (loop != null) {
            try {
                loop.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
