package agency.suits.messaging.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of {@code inbox_parked}; every method runs in the caller's transaction. */
@ApplicationScoped
class ParkedEvents {

    private static final String COLUMNS = "id, consumer, topic, partition_no, record_offset, message_key, event_id, "
            + "event_type, payload, status, attempts, parked_at, next_attempt_at, last_error, dead_at";
    /** Bounded: an error message can be as long as a stack of causes. */
    private static final int MAX_ERROR = 2000;

    private final AgroalDataSource dataSource;

    ParkedEvents(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether an earlier event of this key waits: then this one must wait behind it, to keep the key's order. */
    boolean anyWaiting(String consumer, String topic, String key) {
        return query("select 1 from inbox_parked where consumer = ? and topic = ? and status = 'WAITING' and "
                + (key == null ? "message_key is null" : "message_key = ?") + " limit 1", statement -> {
                    statement.setString(1, consumer);
                    statement.setString(2, topic);
                    if (key != null) {
                        statement.setString(3, key);
                    }
                }, rows -> rows.next());
    }

    /** Parks the record (once: a redelivered record finds its row); answers whether a row was added. */
    boolean park(String consumer, ConsumerRecord<String, String> record, UUID eventId, String eventType,
                 String status, int attempts, Instant nextAttempt, String error) {
        return update("insert into inbox_parked (consumer, topic, partition_no, record_offset, message_key, event_id, "
                + "event_type, payload, status, attempts, next_attempt_at, last_error, dead_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (consumer, topic, partition_no, record_offset) do nothing", statement -> {
                    statement.setString(1, consumer);
                    statement.setString(2, record.topic());
                    statement.setInt(3, record.partition());
                    statement.setLong(4, record.offset());
                    statement.setString(5, record.key());
                    statement.setObject(6, eventId);
                    statement.setString(7, eventType);
                    statement.setString(8, record.value());
                    statement.setString(9, status);
                    statement.setInt(10, attempts);
                    statement.setTimestamp(11, Timestamp.from(nextAttempt));
                    statement.setString(12, bounded(error));
                    statement.setTimestamp(13, ParkedEvent.DEAD.equals(status) ? Timestamp.from(nextAttempt) : null);
                }) == 1;
    }

    /**
     * The oldest waiting event of every key whose next try is due, oldest first: only the head of a key is ever
     * tried, so a key's events are applied in order.
     */
    List<ParkedEvent> dueHeads(String consumer, int limit) {
        return query("select " + COLUMNS + " from (select distinct on (topic, message_key) * from inbox_parked "
                + "where consumer = ? and status = 'WAITING' order by topic, message_key, id) heads "
                + "where next_attempt_at <= now() order by id limit ?", statement -> {
                    statement.setString(1, consumer);
                    statement.setInt(2, limit);
                }, ParkedEvents::all);
    }

    void delete(long id) {
        update("delete from inbox_parked where id = ?", statement -> statement.setLong(1, id));
    }

    void failedAgain(long id, int attempts, Instant nextAttempt, String error) {
        update("update inbox_parked set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                statement -> {
                    statement.setInt(1, attempts);
                    statement.setTimestamp(2, Timestamp.from(nextAttempt));
                    statement.setString(3, bounded(error));
                    statement.setLong(4, id);
                });
    }

    void dead(long id, int attempts, String error) {
        update("update inbox_parked set status = 'DEAD', attempts = ?, last_error = ?, dead_at = now() where id = ?",
                statement -> {
                    statement.setInt(1, attempts);
                    statement.setString(2, bounded(error));
                    statement.setLong(3, id);
                });
    }

    /** A dead event made due again, from its first try; answers false when it is not dead (or not there). */
    boolean revive(String consumer, long id) {
        return update("update inbox_parked set status = 'WAITING', attempts = 0, parked_at = now(), "
                + "next_attempt_at = now(), dead_at = null where consumer = ? and id = ? and status = 'DEAD'",
                statement -> {
                    statement.setString(1, consumer);
                    statement.setLong(2, id);
                }) == 1;
    }

    Optional<ParkedEvent> find(String consumer, long id) {
        return query("select " + COLUMNS + " from inbox_parked where consumer = ? and id = ?", statement -> {
            statement.setString(1, consumer);
            statement.setLong(2, id);
        }, rows -> all(rows).stream().findFirst());
    }

    List<ParkedEvent> list(String consumer, String status, int offset, int limit) {
        return query("select " + COLUMNS + " from inbox_parked where consumer = ? and status = ? order by id "
                + "offset ? limit ?", statement -> {
                    statement.setString(1, consumer);
                    statement.setString(2, status);
                    statement.setInt(3, offset);
                    statement.setInt(4, limit);
                }, ParkedEvents::all);
    }

    long count(String consumer, String status) {
        return query("select count(*) from inbox_parked where consumer = ? and status = ?", statement -> {
            statement.setString(1, consumer);
            statement.setString(2, status);
        }, rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    private static List<ParkedEvent> all(ResultSet rows) throws SQLException {
        List<ParkedEvent> parked = new ArrayList<>();
        while (rows.next()) {
            parked.add(new ParkedEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                    rows.getLong(5), rows.getString(6), rows.getObject(7, UUID.class), rows.getString(8),
                    rows.getString(9), rows.getString(10), rows.getInt(11), instant(rows.getTimestamp(12)),
                    instant(rows.getTimestamp(13)), rows.getString(14), instant(rows.getTimestamp(15))));
        }
        return parked;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String bounded(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Parked events: " + e.getMessage(), e);
        }
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Parked events: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
