package agency.suits.settings;

import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.RuleSetting;
import agency.suits.events.clients.RuleSettingChanged;
import agency.suits.events.clients.RuleValue;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rule settings in force, for the service that applies them: the latest change that has taken effect, else the
 * value the service's configuration gives. Plain JDBC on the service's datasource, in the caller's transaction.
 */
@ApplicationScoped
public class RuleSettings {

    private static final String COLUMNS = "change_id, setting, value, effective_from, reason, changed_by, changed_at";

    private final AgroalDataSource dataSource;
    private final AgencyClock clock;

    RuleSettings(AgroalDataSource dataSource, AgencyClock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The whole-number setting in force now, or {@code configured} if no change has taken effect. */
    public int wholeNumber(RuleSetting setting, int configured) {
        return inForce(setting, clock.now()).map(change -> new BigDecimal(change.value()).intValueExact())
                .orElse(configured);
    }

    /** The decimal setting in force now, or {@code configured} if no change has taken effect. */
    public BigDecimal decimal(RuleSetting setting, BigDecimal configured) {
        return inForce(setting, clock.now()).map(change -> new BigDecimal(change.value())).orElse(configured);
    }

    /** The days setting in force now (ascending), or {@code configured} if no change has taken effect. */
    public List<Integer> days(RuleSetting setting, List<Integer> configured) {
        return inForce(setting, clock.now()).map(change -> RuleValue.Days.of(change.value())).orElse(configured);
    }

    /** The amounts per currency in force now, or {@code configured} if no change has taken effect. */
    public Map<String, BigDecimal> amountsPerCurrency(RuleSetting setting, Map<String, BigDecimal> configured) {
        return inForce(setting, clock.now()).map(change -> RuleValue.AmountsPerCurrency.of(change.value()))
                .orElse(configured);
    }

    /** The change in force at the moment: the latest to have taken effect by then (the later made, on a tie). */
    public Optional<RuleSettingChanged> inForce(RuleSetting setting, Instant at) {
        List<RuleSettingChanged> found = select("where setting = ? and effective_from <= ? "
                + "order by effective_from desc, changed_at desc limit 1", setting, at);
        return found.stream().findFirst();
    }

    /** The changes that take effect after the moment, soonest first. */
    public List<RuleSettingChanged> upcoming(RuleSetting setting, Instant after) {
        return select("where setting = ? and effective_from > ? order by effective_from, changed_at", setting, after);
    }

    /** Every change of the setting, latest made first: its audit trail. */
    public List<RuleSettingChanged> history(RuleSetting setting) {
        return select("where setting = ? order by changed_at desc, change_id", setting, null);
    }

    /** Keeps a change; the same change again (a redelivered event) changes nothing. */
    public void record(RuleSettingChanged change) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into rule_setting_change (" + COLUMNS
                     + ") values (?, ?, ?, ?, ?, ?, ?) on conflict (change_id) do nothing")) {
            insert.setObject(1, change.changeId());
            insert.setString(2, change.setting().name());
            insert.setString(3, change.value());
            insert.setTimestamp(4, Timestamp.from(change.effectiveFrom()));
            insert.setString(5, change.reason());
            insert.setObject(6, change.changedBy());
            insert.setTimestamp(7, Timestamp.from(change.changedAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep rule setting change " + change.changeId(), e);
        }
    }

    /** The changes of the setting that meet the condition, which may compare one moment ({@code at}, if given). */
    private List<RuleSettingChanged> select(String condition, RuleSetting setting, Instant at) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select " + COLUMNS + " from rule_setting_change " + condition)) {
            select.setString(1, setting.name());
            if (at != null) {
                select.setTimestamp(2, Timestamp.from(at));
            }
            List<RuleSettingChanged> changes = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    changes.add(new RuleSettingChanged(row.getObject(1, UUID.class),
                            RuleSetting.valueOf(row.getString(2)), row.getString(3),
                            row.getTimestamp(4).toInstant(), row.getString(5), row.getObject(6, UUID.class),
                            row.getTimestamp(7).toInstant()));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read rule setting " + setting, e);
        }
    }
}
