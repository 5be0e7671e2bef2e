package agency.suits.messaging.outbox;

import agency.suits.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The relay's SQL on the outbox table. Each statement commits on its own: the relay never holds a database
 * transaction while it waits for the broker.
 */
@ApplicationScoped
class OutboxStore {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;

    OutboxStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<OutboxMessage> nextBatch(int size) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select id, event_id, topic, message_key, event_type, payload, headers, trace_context "
                             + "from outbox_event "
                             + "where published_at is null order by id limit ?")) {
            select.setInt(1, size);
            List<OutboxMessage> batch = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new OutboxMessage(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), headers(rows.getString(7)),
                            headers(rows.getString(8))));
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

    static String headersJson(Map<String, String> headers) {
        try {
            return headers == null ? null : EventJson.mapper().writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Headers are always writable", e);
        }
    }

    private static Map<String, String> headers(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored headers are unreadable: " + json, e);
        }
    }
}
