package agency.suits.messaging.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

@ApplicationScoped
class InboxStore {

    static final String APPLIED = "APPLIED";
    static final String DEAD_LETTERED = "DEAD_LETTERED";

    private final AgroalDataSource dataSource;

    InboxStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the event id for this consumer in the current transaction.
     *
     * @return false when the id is already there: the event was handled before. A concurrent delivery of the same
     *         event waits on the first one's row and then sees it.
     */
    boolean claim(String consumer, UUID eventId, String type, String outcome) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into inbox_event (consumer, event_id, event_type, outcome) values (?, ?, ?, ?) "
                             + "on conflict (consumer, event_id) do nothing")) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            insert.setString(3, type);
            insert.setString(4, outcome);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + eventId + " for " + consumer, e);
        }
    }

    /**
     * Records the event id as applied in the current transaction unless an earlier event of the same key waits,
     * parked, for this consumer: in one statement, the common case's one round trip.
     *
     * @return false when nothing was recorded: the event was handled before, or an earlier one of its key waits
     *         ({@link ParkedEvents#anyWaiting} tells which)
     */
    boolean claimUnlessWaiting(String consumer, String topic, String key, UUID eventId, String type) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into inbox_event (consumer, event_id, event_type, outcome) select ?, ?, ?, ? "
                             + "where not exists (select 1 from inbox_parked where consumer = ? and topic = ? "
                             + "and status = 'WAITING' and "
                             + (key == null ? "message_key is null" : "message_key = ?") + ") "
                             + "on conflict (consumer, event_id) do nothing")) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            insert.setString(3, type);
            insert.setString(4, APPLIED);
            insert.setString(5, consumer);
            insert.setString(6, topic);
            if (key != null) {
                insert.setString(7, key);
            }
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + eventId + " for " + consumer, e);
        }
    }

    /** Forgets that the event was dead-lettered, so that a redriven copy is applied rather than skipped. */
    void forgetDeadLetter(String consumer, UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from inbox_event where consumer = ? and event_id = ? and outcome = ?")) {
            delete.setString(1, consumer);
            delete.setObject(2, eventId);
            delete.setString(3, DEAD_LETTERED);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not forget dead letter " + eventId + " for " + consumer, e);
        }
    }
}
