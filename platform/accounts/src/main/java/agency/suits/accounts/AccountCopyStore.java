package agency.suits.accounts;

import agency.suits.events.Money;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.TeamMember;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The SQL of the copy. Plain JDBC on the service's datasource, enlisted in the caller's transaction. */
@ApplicationScoped
class AccountCopyStore {

    private final AgroalDataSource dataSource;

    AccountCopyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void saveClient(UUID clientId, String code, String name, ClientStatus status, Instant asOf) {
        // an older event (a redelivery from before a newer one was applied) must not win
        update("insert into account_client_copy (client_id, client_code, name, status, updated_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (client_id) do update "
                        + "set client_code = excluded.client_code, "
                        + "name = excluded.name, status = excluded.status, updated_at = excluded.updated_at "
                        + "where account_client_copy.updated_at <= excluded.updated_at",
                statement -> {
                    statement.setObject(1, clientId);
                    statement.setString(2, code);
                    statement.setString(3, name);
                    statement.setString(4, status.name());
                    statement.setTimestamp(5, Timestamp.from(asOf));
                });
    }

    /** Replaces the copied team unless the copy already holds a later one; answers whether it did. */
    boolean replaceTeamIfNewer(UUID clientId, List<TeamMember> team, Instant changedAt) {
        int stamped = update("insert into account_team_stamp (client_id, changed_at) values (?, ?) "
                        + "on conflict (client_id) do update set changed_at = excluded.changed_at "
                        + "where account_team_stamp.changed_at <= excluded.changed_at",
                statement -> {
                    statement.setObject(1, clientId);
                    statement.setTimestamp(2, Timestamp.from(changedAt));
                });
        if (stamped == 0) {
            return false;
        }
        update("delete from account_team_copy where client_id = ?", statement -> statement.setObject(1, clientId));
        for (TeamMember member : team) {
            update("insert into account_team_copy (client_id, staff_id, role, primary_contact) values (?, ?, ?, ?) "
                            + "on conflict do nothing",
                    statement -> {
                        statement.setObject(1, clientId);
                        statement.setObject(2, member.staffId());
                        statement.setString(3, member.role().name());
                        statement.setBoolean(4, member.primary());
                    });
        }
        return true;
    }

    /** Replaces the amendable terms of a contract; its ContractSigned came before it, on the client's partition. */
    void amendContract(UUID contractId, LocalDate endsOn, Money value, int includedRevisionRounds) {
        update("update account_contract_term_copy set ends_on = ?, value_amount = ?, value_currency = ?, "
                        + "included_revision_rounds = ? where contract_id = ?",
                statement -> {
                    statement.setDate(1, Date.valueOf(endsOn));
                    statement.setBigDecimal(2, value.amount());
                    statement.setString(3, value.currency());
                    statement.setInt(4, includedRevisionRounds);
                    statement.setObject(5, contractId);
                });
    }

    /** Brings a contract's last day forward; a contract the copy does not hold, or that ends by then, is left. */
    void endContract(UUID contractId, LocalDate endsOn) {
        update("update account_contract_term_copy set ends_on = ? where contract_id = ? and ends_on > ?",
                statement -> {
                    statement.setDate(1, Date.valueOf(endsOn));
                    statement.setObject(2, contractId);
                    statement.setDate(3, Date.valueOf(endsOn));
                });
    }

    /** Keeps the contract among the client's; a redelivered ContractSigned changes nothing. */
    void saveContract(UUID clientId, CurrentContract contract) {
        update("insert into account_contract_term_copy (contract_id, client_id, contract_type, starts_on, ends_on, "
                        + "value_amount, value_currency, included_revision_rounds) values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (contract_id) do nothing",
                statement -> {
                    statement.setObject(1, contract.id());
                    statement.setObject(2, clientId);
                    statement.setString(3, contract.type().name());
                    statement.setDate(4, Date.valueOf(contract.startsOn()));
                    statement.setDate(5, Date.valueOf(contract.endsOn()));
                    statement.setBigDecimal(6, contract.value().amount());
                    statement.setString(7, contract.value().currency());
                    statement.setInt(8, contract.includedRevisionRounds());
                });
    }

    Optional<KnownClient> client(UUID clientId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select client_code, name, status from account_client_copy where client_id = ?")) {
            select.setObject(1, clientId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new KnownClient(clientId, row.getString(1), row.getString(2),
                        ClientStatus.valueOf(row.getString(3)), contracts(connection, clientId)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read client " + clientId, e);
        }
    }

    private static List<CurrentContract> contracts(Connection connection, UUID clientId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select contract_id, contract_type, starts_on, ends_on, value_amount, value_currency, "
                        + "included_revision_rounds from account_contract_term_copy where client_id = ? "
                        + "order by starts_on, contract_id")) {
            select.setObject(1, clientId);
            List<CurrentContract> contracts = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    contracts.add(new CurrentContract(row.getObject(1, UUID.class),
                            ContractType.valueOf(row.getString(2)), row.getDate(3).toLocalDate(),
                            row.getDate(4).toLocalDate(), new Money(row.getBigDecimal(5), row.getString(6)),
                            row.getInt(7)));
                }
            }
            return contracts;
        }
    }

    List<TeamMember> team(UUID clientId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select staff_id, role, primary_contact from account_team_copy where client_id = ? "
                             + "order by role, staff_id")) {
            select.setObject(1, clientId);
            List<TeamMember> team = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    team.add(new TeamMember(rows.getObject(1, UUID.class), AccountRole.valueOf(rows.getString(2)),
                            rows.getBoolean(3)));
                }
            }
            return team;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the team of client " + clientId, e);
        }
    }

    Set<UUID> clientsOf(UUID staffId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select distinct client_id from account_team_copy where staff_id = ?")) {
            select.setObject(1, staffId);
            Set<UUID> clients = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    clients.add(rows.getObject(1, UUID.class));
                }
            }
            return clients;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the clients of staff " + staffId, e);
        }
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the account copy", e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
