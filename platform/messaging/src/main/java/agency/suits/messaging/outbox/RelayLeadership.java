package agency.suits.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Which instance of a service publishes its outbox: the one holding a PostgreSQL advisory lock on a connection of
 * its own. The lock belongs to the session, not to a transaction, so it is held for as long as the instance lives
 * and its connection does, however long the broker keeps a batch waiting, and no transaction timeout can take it
 * away halfway through a batch. It goes when the instance stops or dies, or its connection breaks; another instance
 * takes it over at its next cycle.
 */
@ApplicationScoped
class RelayLeadership {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);
    /** Any constant works as long as every instance of every service uses the same one on its own database. */
    private static final long RELAY_LOCK = 0x5_0175_0B0CL;

    private final AgroalDataSource dataSource;
    private Connection held;

    RelayLeadership(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when this instance publishes: it holds the lock (checked on its connection), or has just taken it. */
    synchronized boolean hold() {
        if (held != null) {
            if (stillHeld()) {
                return true;
            }
            LOG.warn("Outbox relay lost its database connection, and with it the publishing lock");
            release();
        }
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        held = connection;
                        LOG.info("This instance now publishes the outbox");
                        return true;
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            LOG.debugf("Cannot try the publishing lock: %s", e);
            return false;
        }
    }

    synchronized void release() {
        if (held == null) {
            return;
        }
        try (PreparedStatement unlock = held.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, RELAY_LOCK);
            unlock.execute();
        } catch (SQLException ignored) {
            // a broken connection has released the lock already
        }
        try {
            held.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
        held = null;
    }

    /** A session lock lasts as long as its session: a working connection still holds it. */
    private boolean stillHeld() {
        try {
            return held.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
