package dev.parley.response.outbox;

/**
 * How far the relay has published: the last outbox row, by its writing transaction and id. Rows are
 * published in (tx, id) order, so everything at or before the position is on Kafka.
 *
 * @param tx the writing transaction's id (PostgreSQL xid8)
 * @param id the row's id
 */
public record OutboxPosition(long tx, long id) {
    public static final OutboxPosition START = new OutboxPosition(0, 0);
}
