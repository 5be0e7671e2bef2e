package agency.suits.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's SQL on the outbox table; every method runs inside the relay's transaction. */
@ApplicationScoped
class OutboxStore {

    /** Any constant works as long as every instance of every service uses the same one on its own database. */
    private static final long RELAY_LOCK = 0x5_0175_0B0CL;

    private final AgroalDataSource dataSource;

    OutboxStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when this instance may publish now; the lock is released when the transaction ends. */
    boolean lockRelay() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    List<OutboxMessage> nextBatch(int size) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select id, event_id, topic, message_key, event_type, payload from outbox_event "
                             + "where published_at is null order by id limit ?")) {
            select.setInt(1, size);
            List<OutboxMessage> batch = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new OutboxMessage(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
            return batch;
        }
    }

    void markPublished(List<OutboxMessage> published) throws SQLException {
        if (published.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update outbox_event set published_at = now(), attempts = attempts + 1, last_error = null "
                             + "where id = any(?)")) {
            Long[] ids = published.stream().map(OutboxMessage::id).toArray(Long[]::new);
            update.setArray(1, connection.createArrayOf("bigint", ids));
            update.executeUpdate();
        }
    }

    void markFailedAttempt(OutboxMessage message, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
            update.setString(1, error);
            update.setLong(2, message.id());
            update.executeUpdate();
        }
    }
}
