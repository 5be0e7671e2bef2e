package agency.suits.system;

import agency.suits.localstack.StackApp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the services wrote, read from their own databases: the scenarios drive the system through the gateway, and
 * count here what no API shows whole (every event recorded in a window, every event each consumer applied).
 */
final class Ledger {

    /** The consumers of each event type, as the README draws them; every one must apply every such event once. */
    static final Map<String, List<StackApp>> CONSUMERS = Map.of(
            "ClientRegistered", List.of(StackApp.BRIEFS, StackApp.CREATIVE, StackApp.BILLING),
            "ClientUpdated", List.of(StackApp.BRIEFS, StackApp.CREATIVE, StackApp.BILLING),
            "AccountTeamChanged", List.of(StackApp.BRIEFS, StackApp.CREATIVE, StackApp.BILLING),
            "ContractSigned", List.of(StackApp.BRIEFS, StackApp.CREATIVE, StackApp.BILLING),
            "BriefSubmitted", List.of(StackApp.CREATIVE, StackApp.BILLING),
            "BriefWithdrawn", List.of(StackApp.CREATIVE),
            "FeedbackReturned", List.of(StackApp.BRIEFS, StackApp.CLIENTS),
            "CreativeApproved", List.of(StackApp.BRIEFS, StackApp.BILLING),
            "RevisionLimitExceeded", List.of(StackApp.BILLING, StackApp.CLIENTS),
            "BudgetThresholdReached", List.of(StackApp.CLIENTS));

    private final SystemStack stack;

    Ledger(SystemStack stack) {
        this.stack = stack;
    }

    /** An event a service recorded in its outbox. */
    record Recorded(StackApp publisher, UUID eventId, String name, Instant recordedAt, Instant publishedAt) {
    }

    /** Every event the services recorded between the two instants (their own events, not dead letters). */
    List<Recorded> recordedBetween(Instant from, Instant to) {
        List<Recorded> recorded = new ArrayList<>();
        for (StackApp service : StackApp.services()) {
            query(service, "select event_id, event_type, recorded_at, published_at from outbox_event "
                    + "where headers is null and recorded_at between ? and ? order by id", statement -> {
                        statement.setTimestamp(1, Timestamp.from(from));
                        statement.setTimestamp(2, Timestamp.from(to));
                    }, rows -> {
                        while (rows.next()) {
                            Timestamp published = rows.getTimestamp(4);
                            recorded.add(new Recorded(service, rows.getObject(1, UUID.class),
                                    eventName(rows.getString(2)), rows.getTimestamp(3).toInstant(),
                                    published == null ? null : published.toInstant()));
                        }
                        return null;
                    });
        }
        return recorded;
    }

    /** The ids of the events the service has applied (or given up on), with when. */
    Map<UUID, Instant> handledBy(StackApp consumer, Set<UUID> eventIds) {
        Map<UUID, Instant> handled = new HashMap<>();
        query(consumer, "select event_id, handled_at from inbox_event where event_id = any(?)", statement ->
                statement.setArray(1, statement.getConnection().createArrayOf("uuid", eventIds.toArray())), rows -> {
                    while (rows.next()) {
                        handled.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
                    }
                    return null;
                });
        return handled;
    }

    /** The events of this list that some consumer of their type has not applied. */
    List<String> missing(List<Recorded> recorded) {
        List<String> missing = new ArrayList<>();
        for (StackApp consumer : StackApp.services()) {
            Set<UUID> expected = new HashSet<>();
            recorded.stream().filter(event -> CONSUMERS.getOrDefault(event.name(), List.of()).contains(consumer))
                    .forEach(event -> expected.add(event.eventId()));
            if (expected.isEmpty()) {
                continue;
            }
            Set<UUID> handled = handledBy(consumer, expected).keySet();
            recorded.stream()
                    .filter(event -> expected.contains(event.eventId()) && !handled.contains(event.eventId()))
                    .forEach(event -> missing.add(event.name() + " " + event.eventId() + " not applied by "
                            + consumer));
        }
        return missing;
    }

    long count(StackApp service, String sql, Object... parameters) {
        return query(service, sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
        }, rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    private static String eventName(String type) {
        // agency.suits.<Name>.v1
        String[] parts = type.split("\\.");
        return parts[parts.length - 2];
    }

    private <T> T query(StackApp service, String sql, Binder binder, Reader<T> reader) {
        try (Connection connection = stack.database(service);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
