package agency.suits.messaging;

import agency.suits.events.CloudEvent;
import agency.suits.messaging.proof.ClientChanges;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static agency.suits.messaging.proof.ClientUpdates.renamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HousekeepingTest {

    @Inject
    Housekeeping housekeeping;

    @Inject
    ClientChanges changes;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Test
    void purgesOnlyWhatIsOlderThanItsRetention() throws Exception {
        UUID client = UUID.randomUUID();
        CloudEvent old = changes.update(renamed(client, "published long ago"));
        CloudEvent recent = changes.update(renamed(client, "published just now"));
        UUID oldHandled = UUID.randomUUID();
        UUID recentHandled = UUID.randomUUID();
        execute("update outbox_event set published_at = now() - interval '8 days' where event_id = '" + old.id() + "'");
        execute("update outbox_event set published_at = now() where event_id = '" + recent.id() + "'");
        execute("insert into inbox_event (consumer, event_id, event_type, outcome, handled_at) values "
                + "('housekeeping', '" + oldHandled + "', 't', 'APPLIED', now() - interval '31 days'), "
                + "('housekeeping', '" + recentHandled + "', 't', 'APPLIED', now() - interval '29 days')");

        housekeeping.purge();

        assertEquals(0, count("select count(*) from outbox_event where event_id = '" + old.id() + "'"));
        assertEquals(1, count("select count(*) from outbox_event where event_id = '" + recent.id() + "'"));
        assertEquals(0, count("select count(*) from inbox_event where event_id = '" + oldHandled + "'"));
        assertEquals(1, count("select count(*) from inbox_event where event_id = '" + recentHandled + "'"));
    }

    @Test
    void reportsTheOutboxBacklogAsMetrics() throws Exception {
        double pending = metrics.get("suits.outbox.pending").gauge().value();
        double oldest = metrics.get("suits.outbox.oldest.pending.seconds").gauge().value();

        assertEquals(count("select count(*) from outbox_event where published_at is null"), pending, 5.0);
        assertTrue(oldest >= 0, "age of the oldest pending event is a number of seconds, was " + oldest);
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private int count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet result = select.executeQuery()) {
            assertTrue(result.next());
            return result.getInt(1);
        }
    }
}
