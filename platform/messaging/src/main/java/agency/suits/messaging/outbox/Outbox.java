package agency.suits.messaging.outbox;

import agency.suits.messaging.tracing.EventTraces;

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
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
            + "(event_id, topic, message_key, event_type, payload, recorded_at, trace_context) "
            + "values (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_WITH_HEADERS = "insert into outbox_event "
            + "(event_id, topic, message_key, event_type, payload, recorded_at, headers) "
            + "values (?, ?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final MessagingConfig config;
    private final EventTraces traces;

    Outbox(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
           MessagingConfig config, EventTraces traces) {
        this.traces = traces;
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
            Map<String, String> trace = traces.current();
            insert.setString(7, trace.isEmpty() ? null : OutboxStore.headersJson(trace));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + event.type() + " in the outbox", e);
        }
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return event;
    }

    /**
     * Records a dead letter of this service's inbox: the original record's value under the original key, with the
     * headers that say where it came from and why. Published by the relay like any event, so that giving up on an
     * event never waits for the broker.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDeadLetter(String topic, String key, String eventType, String payload,
                                 Map<String, String> headers) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_WITH_HEADERS)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, topic);
            insert.setString(3, key == null ? "" : key);
            insert.setString(4, eventType == null ? "unreadable" : eventType);
            insert.setString(5, payload == null ? "" : payload);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setString(7, OutboxStore.headersJson(headers));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a dead letter for " + topic + " in the outbox", e);
        }
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
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
