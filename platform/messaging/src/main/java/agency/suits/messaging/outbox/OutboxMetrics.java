package agency.suits.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What an operator alerts on: events waiting in the outbox and how long the oldest has waited. A broker outage shows
 * as both growing; the relay catching up shows as both falling back to zero.
 */
@ApplicationScoped
class OutboxMetrics {

    private final AgroalDataSource dataSource;

    OutboxMetrics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        Gauge.builder("suits.outbox.pending", this, metrics -> metrics.read(
                        "select count(*) from outbox_event where published_at is null"))
                .description("Events recorded but not yet published")
                .register(registry);
        Gauge.builder("suits.outbox.oldest.pending.seconds", this, metrics -> metrics.read(
                        "select coalesce(extract(epoch from now() - min(recorded_at)), 0) from outbox_event "
                                + "where published_at is null"))
                .description("Age of the oldest event waiting to be published")
                .baseUnit("seconds")
                .register(registry);
    }

    /** NaN when the database cannot be read: a gauge reports "unknown" rather than failing the scrape. */
    double read(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet result = select.executeQuery()) {
            return result.next() ? result.getDouble(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
