package agency.suits.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Keeps the outbox and inbox tables from growing for ever; see {@link MessagingConfig.Retention}. */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final AgroalDataSource dataSource;
    private final MessagingConfig.Retention retention;

    Housekeeping(AgroalDataSource dataSource, MessagingConfig config) {
        this.dataSource = dataSource;
        this.retention = config.retention();
    }

    @Scheduled(every = "${suits.messaging.retention.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purge() {
        Instant now = Instant.now();
        int events = delete("delete from outbox_event where published_at < ?", now.minus(retention.publishedEvents()));
        int handled = delete("delete from inbox_event where handled_at < ?", now.minus(retention.handledEvents()));
        if (events + handled > 0) {
            LOG.infof("Purged %d published outbox events and %d handled event ids", events, handled);
        }
    }

    private int delete(String sql, Instant before) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setTimestamp(1, Timestamp.from(before));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Messaging housekeeping failed", e);
        }
    }
}
