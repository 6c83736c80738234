package dev.parley.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The topic catalog: every Kafka topic Parley uses, its key, size, retention and who writes and reads
 * it. Keys keep one conversation's events in one partition, so they are read in order. A topic that a
 * Parley service consumes has a dead-letter topic {@code <name>.dlq} (same partition count, so a
 * record keeps its partition) where records that cannot be processed are parked with the reason in
 * the {@code x-exception-message} header.
 */
public enum Topic {
    POSTS_RAW("parley.posts.raw", "platform item id (<platform>:<external id>)", EventType.RAW_POST,
            6, Retention.days(30), true, List.of("ingestion-service"),
            List.of("ingestion-service (normalise, deduplicate)", "audit and replay tools")),
    POSTS("parley.posts", "conversation id", EventType.SOCIAL_POST, 6, Retention.days(7), true,
            List.of("ingestion-service"), List.of("triage-service")),
    POSTS_TRIAGED("parley.posts.triaged", "conversation id", EventType.TRIAGED_POST, 6, Retention.days(30), true,
            List.of("triage-service"), List.of("response-service", "analytics-service",
                    "brand-voice-service (what works)")),
    CASES("parley.cases", "conversation id", EventType.CASE_EVENT, 6, Retention.days(365), true,
            List.of("response-service"), List.of("analytics-service", "brand-voice-service (what works)", "BI tools")),
    REPLIES_OUTBOUND("parley.replies.outbound", "conversation id", EventType.REPLY_REQUESTED, 3, Retention.days(30), true,
            List.of("response-service"), List.of("ingestion-service", "brand-voice-service (what works)")),
    REPLIES_STATUS("parley.replies.status", "conversation id", EventType.REPLY_STATUS, 3, Retention.days(30), true,
            List.of("ingestion-service"), List.of("response-service", "analytics-service")),
    BRAND_CHECKS("parley.brand-voice.checks", "case id (check id without a case)", EventType.BRAND_CHECK, 3,
            Retention.days(90), true, List.of("brand-voice-service"), List.of("analytics-service", "BI tools")),
    ANALYTICS_KPIS("parley.analytics.kpis", "<kpi>|<window>|<window start>|<dimensions>", EventType.KPI_SNAPSHOT, 3, Retention.COMPACTED, false,
            List.of("analytics-service"), List.of("BI tools")),
    ANALYTICS_ALERTS("parley.analytics.alerts", "alert id", EventType.ALERT, 3, Retention.days(90), true,
            List.of("analytics-service", "ingestion-service (channel health)"), List.of("response-service", "BI tools")),
    ANALYTICS_IMPROVEMENTS("parley.analytics.improvements", "improvement id", EventType.IMPROVEMENT, 1,
            Retention.COMPACTED, false, List.of("analytics-service (POST /api/v1/improvements)"),
            List.of("analytics-service (before/after)", "BI tools")),
    ANALYTICS_REPORTS("parley.analytics.reports", "report id", EventType.PERIOD_REPORT, 1, Retention.COMPACTED, false,
            List.of("analytics-service (scheduled reports)"), List.of("BI tools", "mailers and chat bots")),
    INGESTION_CURSORS("parley.ingestion.cursors", "channel id (e.g. x-search:acme-air)", null, 1, Retention.COMPACTED, false,
            List.of("ingestion-service (pollers)"), List.of("ingestion-service (pollers, on start)")),
    INGESTION_THREADS("parley.ingestion.threads", "brand|platform", null, 6, Retention.days(30), false,
            List.of("ingestion-service (outbound, import)"), List.of("ingestion-service (threading)")),
    TRIAGE_FEEDBACK("parley.triage.feedback", "<post id>|<field>", EventType.TRIAGE_CORRECTION, 3, Retention.COMPACTED,
            true, List.of("response-service (agents' corrections)"),
            List.of("triage-service (drift, retraining)", "./parley triage retrain")),
    RESPONSE_OUTBOX_POSITION("parley.response.outbox-position", "relay", null, 1, Retention.COMPACTED, false,
            List.of("response-service (outbox relay)"), List.of("response-service (outbox relay, on start)")),
    REPLIES_SENDS("parley.replies.sends", "reply id", null, 3, Retention.COMPACTED, false,
            List.of("ingestion-service (outbound)"), List.of("ingestion-service (outbound, on start)"));

    /** Dead-letter topics keep what failed long enough for someone to look. */
    public static final Retention DEAD_LETTER_RETENTION = Retention.days(30);
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final String topicName;
    private final String key;
    private final EventType eventType;
    private final int partitions;
    private final Retention retention;
    private final boolean hasDeadLetterTopic;
    private final List<String> producers;
    private final List<String> consumers;

    Topic(String topicName, String key, EventType eventType, int partitions,
          Retention retention, boolean hasDeadLetterTopic, List<String> producers, List<String> consumers) {
        this.topicName = topicName;
        this.key = key;
        this.eventType = eventType;
        this.partitions = partitions;
        this.retention = retention;
        this.hasDeadLetterTopic = hasDeadLetterTopic;
        this.producers = producers;
        this.consumers = consumers;
    }

    public String topicName() {
        return topicName;
    }

    public String key() {
        return key;
    }

    /** The event the topic carries. */
    public Optional<EventType> eventType() {
        return Optional.ofNullable(eventType);
    }

    public int partitions() {
        return partitions;
    }

    public Retention retention() {
        return retention;
    }

    public List<String> producers() {
        return producers;
    }

    public List<String> consumers() {
        return consumers;
    }

    public Optional<String> deadLetterTopicName() {
        return hasDeadLetterTopic ? Optional.of(topicName + DEAD_LETTER_SUFFIX) : Optional.empty();
    }

    /** Every topic to create, dead-letter topics included. */
    public static List<TopicSpec> allSpecs() {
        return Stream.of(values()).flatMap(Topic::specs).toList();
    }

    private Stream<TopicSpec> specs() {
        TopicSpec main = new TopicSpec(topicName, partitions, retention);
        return deadLetterTopicName()
                .map(dlq -> Stream.of(main, new TopicSpec(dlq, partitions, DEAD_LETTER_RETENTION)))
                .orElseGet(() -> Stream.of(main));
    }

    /** What Kafka needs to create a topic. */
    public record TopicSpec(String name, int partitions, Retention retention) {
    }

    /** Delete after a time, or compact (keep the latest value per key). */
    public record Retention(boolean compacted, Duration deleteAfter) {
        public static final Retention COMPACTED = new Retention(true, null);

        public static Retention days(int days) {
            return new Retention(false, Duration.ofDays(days));
        }

        /** The topic configs ({@code cleanup.policy}, {@code retention.ms}) that implement this retention. */
        public Map<String, String> topicConfigs() {
            return compacted
                    ? Map.of("cleanup.policy", "compact")
                    : Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(deleteAfter.toMillis()));
        }

        @Override
        public String toString() {
            return compacted ? "compacted" : deleteAfter.toDays() + " days";
        }
    }
}
