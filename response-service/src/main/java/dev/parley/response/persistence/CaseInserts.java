package dev.parley.response.persistence;

import dev.parley.events.TopicMatch;
import dev.parley.events.TriagedPost;
import dev.parley.events.WireEnum;
import dev.parley.response.cases.Case;
import dev.parley.response.sla.Deadline;
import dev.parley.response.sla.SlaTimers;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Inserts new cases with their first posts. A transaction's new cases are gathered and inserted together, as
 * multi-row inserts ({@code reWriteBatchedInserts}), just before its next statement or its commit: most of what
 * PostgreSQL spends on a new case is per statement (starting the insert over the table's ten indexes, checks and
 * foreign key; docs/performance.md). Every repository's {@code JdbcClient} calls {@link #flush()} before each
 * statement ({@code PersistenceConfiguration}), so no statement of the transaction misses a case it opened (SQL sent
 * around it, through a {@code JdbcTemplate}, would). Outside a transaction a case is inserted at once.
 */
@Component
class CaseInserts {
    private static final String INSERT_CASE = "INSERT INTO cases (" + JdbcCaseRepository.CASE_COLUMNS + ") VALUES ("
            + "?, ".repeat(JdbcCaseRepository.CASE_COLUMNS.split(",").length - 1) + "?)";
    /** A post filed into a case, unless it is filed already (a redelivery). */
    static final String INSERT_POST = """
            INSERT INTO case_posts (post_id, case_id, external_id, author_id, author_handle, text, sentiment,
                sentiment_score, priority, priority_reasons, created_at, received_at, intent, topics, language,
                triage_model, feelings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (post_id) DO NOTHING""";
    /** One new case and its first post in one statement (the post's row refers to the case's, inserted first). */
    private static final String INSERT_CASE_AND_POST = "WITH opened AS (" + INSERT_CASE + ") " + INSERT_POST;

    private final JdbcOperations jdbc;

    CaseInserts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A new case and its first post. */
    private record Opened(Case opened, TriagedPost first) {
    }

    void open(Case opened, TriagedPost first) {
        Map<String, Opened> gathered = TransactionScoped.get(this, LinkedHashMap::new, this::insertGathered);
        if (gathered == null) {
            insert(List.of(new Opened(opened, first)));
        } else {
            gathered.put(opened.caseId(), new Opened(opened, first));
        }
    }

    /** Inserts the cases the current transaction gathered, if any. */
    void flush() {
        Map<String, Opened> gathered = TransactionScoped.bound(this);
        if (gathered != null) {
            insertGathered(gathered);
        }
    }

    private void insertGathered(Map<String, Opened> gathered) {
        if (!gathered.isEmpty()) {
            List<Opened> opened = List.copyOf(gathered.values());
            gathered.clear();
            insert(opened);
        }
    }

    /** Inserts the cases, then their posts (which refer to them): one statement for one case, else two batches. */
    private void insert(List<Opened> opened) {
        if (opened.size() == 1) {
            List<Object> values = caseValues(opened.get(0).opened());
            values.addAll(postValues(opened.get(0).opened().caseId(), opened.get(0).first()));
            jdbc.update(INSERT_CASE_AND_POST, values.toArray());
            return;
        }
        jdbc.batchUpdate(INSERT_CASE, opened.stream().map(o -> caseValues(o.opened()).toArray()).toList());
        jdbc.batchUpdate(INSERT_POST, opened.stream()
                .map(o -> postValues(o.opened().caseId(), o.first()).toArray()).toList());
    }

    private static List<Object> caseValues(Case c) {
        List<Object> values = new ArrayList<>(List.of(UUID.fromString(c.caseId()), c.conversationId(), c.brand(),
                c.platform().wireName(), c.channel(), c.status().wireName(), c.priority()));
        values.add(wire(c.sentiment()));
        values.add(c.assignee());
        values.add(Timestamp.from(c.createdAt()));
        values.add(Timestamp.from(c.updatedAt()));
        values.add(c.followUpOf() == null ? null : UUID.fromString(c.followUpOf()));
        values.addAll(slaValues(c.sla()));
        values.add(c.team());
        values.add(c.skills().stream().sorted().toArray(String[]::new));
        values.add(wire(c.escalation()));
        values.add(c.tags().stream().sorted().toArray(String[]::new));
        return values;
    }

    /** The values of {@link #INSERT_POST}. */
    static List<Object> postValues(String caseId, TriagedPost triaged) {
        var post = triaged.post();
        return Arrays.asList(post.postId(), UUID.fromString(caseId), post.externalId(), post.author().id(),
                post.author().handle(), post.text(), triaged.sentiment().label().wireName(),
                triaged.sentiment().score(), triaged.priority().score(),
                triaged.priority().reasons().toArray(String[]::new), Timestamp.from(post.createdAt()),
                Timestamp.from(post.receivedAt()),
                triaged.intent() == null ? null : triaged.intent().label().wireName(),
                triaged.topics().stream().map(TopicMatch::topic).toArray(String[]::new),
                triaged.language() == null ? null : triaged.language().tag(), triaged.model(),
                triaged.feelings() == null ? new String[0] : triaged.feelings().detected().stream()
                        .map(f -> f.feeling().wireName()).toArray(String[]::new));
    }

    /** The SLA columns' values, in {@code CASE_COLUMNS}' order from {@code sla_policy} to {@code sla_announced}. */
    static List<Object> slaValues(SlaTimers sla) {
        List<Object> values = new ArrayList<>();
        values.add(sla.policy());
        for (Deadline d : new Deadline[] {sla.firstResponse(), sla.nextResponse(), sla.resolution()}) {
            values.add(d == null ? null : Timestamp.from(d.warnAt()));
            values.add(d == null ? null : Timestamp.from(d.due()));
        }
        values.add(sla.firstRespondedAt() == null ? null : Timestamp.from(sla.firstRespondedAt()));
        values.add(sla.announced().stream().sorted().toArray(String[]::new));
        return values;
    }

    static String wire(WireEnum value) {
        return value == null ? null : value.wireName();
    }
}
