package agency.suits.messaging.proof;

import agency.suits.events.clients.ClientUpdated;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test consumer's effect: a row per applied event. Clients named "poison..." make the effect fail every time.
 */
@ApplicationScoped
public class AppliedEffects {

    public static final String POISON = "poison";
    /** "flaky2-..." fails its first two tries, then takes effect: a lock timeout, a database restart. */
    public static final String FLAKY = "flaky";
    /** "sick-..." fails until the test cures it: a bug fixed by a deployment, then the dead letter redriven. */
    public static final String SICK = "sick";

    private final Set<String> cured = ConcurrentHashMap.newKeySet();

    private final AgroalDataSource dataSource;
    private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
    private final Map<String, Long> handledAt = new ConcurrentHashMap<>();

    AppliedEffects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ClientUpdated event) {
        handledAt.putIfAbsent(event.name(), System.nanoTime());
        tries.computeIfAbsent(event.name(), name -> new AtomicInteger()).incrementAndGet();
        if (event.name().startsWith(POISON)) {
            throw new IllegalStateException("cannot apply " + event.name());
        }
        if (event.name().startsWith(FLAKY)) {
            int failures = Integer.parseInt(event.name().substring(FLAKY.length(), event.name().indexOf('-')));
            if (tries.get(event.name()).get() <= failures) {
                throw new IllegalStateException("not this time: " + event.name());
            }
        }
        if (event.name().startsWith(SICK) && !cured.contains(event.name())) {
            throw new IllegalStateException("still sick: " + event.name());
        }
        execute("insert into applied_effect (event_name, client_id) values ('" + event.name().replace("'", "''")
                + "', '" + event.clientId() + "')");
    }

    /** {@link System#nanoTime()} when the handler first saw the event; waits up to 30 s for it. */
    public long awaitHandled(String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!handledAt.containsKey(name)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(name + " never reached the handler");
            }
            Thread.sleep(5);
        }
        return handledAt.get(name);
    }

    public void cure(String name) {
        cured.add(name);
    }

    public int tries(String name) {
        AtomicInteger count = tries.get(name);
        return count == null ? 0 : count.get();
    }

    /** The names applied for a client, in the order their effects were written. */
    public List<String> appliedFor(UUID client) {
        return column("select event_name from applied_effect where client_id = ? order by applied_at, ctid",
                String.class, (connection, select) -> select.setObject(1, client));
    }

    public int timesApplied(String name) {
        return column("select count(*) from applied_effect where event_name = ?", Long.class,
                (connection, select) -> select.setString(1, name)).get(0).intValue();
    }

    /** The inbox's parked and dead-lettered records of a key: what it kept instead of applying. */
    public int parkedOf(UUID client) {
        return column("select count(*) from inbox_parked where message_key = ?", Long.class,
                (connection, select) -> select.setString(1, client.toString())).get(0).intValue();
    }

    /** The transactions that wrote the effects of these events, one per event that took effect. */
    public List<Long> transactionsOf(List<String> names) {
        return column("select applied_in from applied_effect where event_name = any (?)", Long.class,
                (connection, select) -> select.setArray(1, connection.createArrayOf("text", names.toArray())));
    }

    private <T> List<T> column(String sql, Class<T> type, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            parameters.set(connection, select);
            List<T> values = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    values.add(result.getObject(1, type));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Parameters {
        void set(Connection connection, PreparedStatement select) throws SQLException;
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
