package dev.parley.response.persistence;

import static dev.parley.response.persistence.JdbcCaseRepository.CASE_COLUMNS;
import static dev.parley.response.persistence.JdbcCaseRepository.INSERT_POST;
import static dev.parley.response.persistence.JdbcCaseRepository.caseValues;
import static dev.parley.response.persistence.JdbcCaseRepository.postValues;

import dev.parley.events.TriagedPost;
import dev.parley.response.cases.Case;
import java.util.ArrayList;
import java.util.List;
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
    private static final String INSERT_CASE = "INSERT INTO cases (" + CASE_COLUMNS + ") VALUES ("
            + "?, ".repeat(CASE_COLUMNS.split(",").length - 1) + "?)";
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
        List<Opened> gathered = TransactionScoped.get(this, ArrayList::new, this::insertGathered);
        if (gathered == null) {
            insert(List.of(new Opened(opened, first)));
        } else {
            gathered.add(new Opened(opened, first));
        }
    }

    /** Inserts the cases the current transaction gathered, if any. */
    void flush() {
        List<Opened> gathered = TransactionScoped.bound(this);
        if (gathered != null) {
            insertGathered(gathered);
        }
    }

    private void insertGathered(List<Opened> gathered) {
        if (!gathered.isEmpty()) {
            List<Opened> opened = List.copyOf(gathered);
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
}
