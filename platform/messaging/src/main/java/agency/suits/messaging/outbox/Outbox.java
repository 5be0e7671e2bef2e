package agency.suits.messaging.outbox;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventPayload;
import agency.suits.messaging.MessagingConfig;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Records events in the caller's transaction. The event row commits or rolls back with the business change, and
 * the relay publishes only committed rows, so there is never an event for data that was not saved nor saved data
 * whose event is lost.
 *
 * <p>Order per aggregate follows the outbox id, which is the commit order as long as two transactions cannot both
 * commit a change to the same aggregate: aggregates that publish events carry an optimistic {@code @Version}.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_event "
            + "(event_id, topic, message_key, event_type, payload, recorded_at) values (?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final MessagingConfig config;

    Outbox(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
           MessagingConfig config) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.relay = relay;
        this.config = config;
    }

    /** Records the event for publication once the current transaction commits; refuses to run without one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent record(EventPayload payload) {
        CloudEvent event = CloudEvent.of(config.source(), payload);
        // the connection is the one enlisted in the caller's transaction, shared with Hibernate
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, event.id());
            insert.setString(2, payload.eventType().topic());
            insert.setString(3, event.subject());
            insert.setString(4, event.type());
            insert.setString(5, EventJson.write(event));
            insert.setTimestamp(6, Timestamp.from(event.time()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + event.type() + " in the outbox", e);
        }
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return event;
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
