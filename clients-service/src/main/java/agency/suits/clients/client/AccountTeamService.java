package agency.suits.clients.client;

import agency.suits.clients.ClientsConfig;
import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.clients.team.TeamMembership;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.TeamMember;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A client's account team. Placing and removing people need no If-Match: each states one person's place on the team,
 * nothing read is overwritten, and the client's row lock orders concurrent changes (docs/clients-service.md).
 */
@ApplicationScoped
@Transactional
public class AccountTeamService {

    @Inject ClientAccess access;
    @Inject Clients clients;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;
    @Inject ClientsConfig config;
    private ExecutiveCap cap;

    @PostConstruct
    void capFromConfig() {
        cap = new ExecutiveCap(config.team().maxActiveAccountsPerExecutive());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamView team(UUID clientId) {
        clients.visible(clientId);
        return TeamView.of(clientId, TeamMembership.ofClient(clientId));
    }

    public TeamView assign(UUID clientId, UUID staffId, TeamAssignment assignment) {
        Client client = clients.lockVisible(clientId);
        access.require(ClientPermission.CHANGE_TEAM);
        List<TeamMembership> current = TeamMembership.ofClient(clientId);
        AccountTeam before = teamOf(current);
        AccountTeam after = before.assign(staffId, assignment.role(), assignment.isPrimary(), client.status);
        boolean newExecutive = assignment.role() == AccountRole.ACCOUNT_EXECUTIVE && before.member(staffId)
                .map(m -> m.role() != AccountRole.ACCOUNT_EXECUTIVE).orElse(true);
        if (newExecutive && ClientLifecycle.isActive(client.status)) {
            cap.requireRoomFor(staffId, otherActiveAccountsOf(staffId, clientId));
        }
        return change(clientId, current, before, after);
    }

    public TeamView remove(UUID clientId, UUID staffId) {
        Client client = clients.lockVisible(clientId);
        List<TeamMembership> current = TeamMembership.ofClient(clientId);
        AccountTeam before = teamOf(current);
        if (before.member(staffId).isEmpty()) {
            throw NotFoundProblem.of("Team member", staffId);
        }
        access.require(ClientPermission.CHANGE_TEAM);
        return change(clientId, current, before, before.remove(staffId, client.status));
    }

    /** The supervisor who registers a client becomes its primary supervisor (see ClientService.register). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appointRegistrar(Client client, UUID supervisor) {
        AccountTeam before = AccountTeam.of(List.of());
        change(client.id, List.of(), before,
                before.assign(supervisor, AccountRole.ACCOUNT_SUPERVISOR, true, client.status));
    }

    /**
     * 409 unless the team allows the client to move to that status: an active client needs its primary supervisor,
     * and activating a client puts every AE on it one more active account, which the cap must allow.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireReadyFor(Client client, ClientStatus next) {
        AccountTeam team = teamOf(TeamMembership.ofClient(client.id));
        team.requireReadyFor(next);
        if (ClientLifecycle.isActive(next) && !ClientLifecycle.isActive(client.status)) {
            for (TeamMember executive : team.executives()) {
                cap.requireRoomFor(executive.staffId(), otherActiveAccountsOf(executive.staffId(), client.id));
            }
        }
    }

    private static long otherActiveAccountsOf(UUID executive, UUID exceptClient) {
        return TeamMembership.count("select count(m) from TeamMembership m, Client c where c.id = m.clientId"
                        + " and m.staffId = ?1 and m.role = ?2 and c.status in ?3 and c.id <> ?4",
                executive, AccountRole.ACCOUNT_EXECUTIVE, ClientLifecycle.activeStatuses(),
                exceptClient);
    }

    private TeamView change(UUID clientId, List<TeamMembership> current, AccountTeam before, AccountTeam after) {
        List<TeamMember> joined = after.joinedSince(before);
        List<TeamMember> left = after.leftSince(before);
        if (joined.isEmpty() && left.isEmpty()) {
            return TeamView.of(clientId, current);
        }
        Instant now = clock.now();
        store(clientId, current, after, now);
        outbox.record(new AccountTeamChanged(clientId, after.members(), joined, left, access.staffId(), now));
        return TeamView.of(clientId, TeamMembership.ofClient(clientId));
    }

    /**
     * Writes the team in two steps: whoever stops being primary first, then the new primary, because the database
     * allows one primary per client at every moment and Hibernate would not order the updates for us.
     */
    private static void store(UUID clientId, List<TeamMembership> current, AccountTeam after, Instant now) {
        Map<UUID, TeamMembership> rows = current.stream()
                .collect(Collectors.toMap(m -> m.staffId, Function.identity()));
        for (TeamMembership row : current) {
            TeamMember member = after.member(row.staffId).orElse(null);
            if (member == null) {
                row.delete();
            } else if (!member.primary()) {
                row.role = member.role();
                row.primaryContact = false;
            }
        }
        TeamMembership.flush();
        for (TeamMember member : after.members()) {
            TeamMembership row = rows.get(member.staffId());
            if (row == null) {
                row = new TeamMembership();
                row.clientId = clientId;
                row.staffId = member.staffId();
                row.joinedAt = now;
                row.role = member.role();
                row.primaryContact = member.primary();
                row.persist();
            } else {
                row.role = member.role();
                row.primaryContact = member.primary();
            }
        }
        TeamMembership.flush();
    }

    private static AccountTeam teamOf(List<TeamMembership> memberships) {
        return AccountTeam.of(memberships.stream().map(TeamMembership::toMember).toList());
    }
}
