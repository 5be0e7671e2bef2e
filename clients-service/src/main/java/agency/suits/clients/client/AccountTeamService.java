package agency.suits.clients.client;

import agency.suits.clients.ClientsConfig;
import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.clients.staff.StaffDeparture;
import agency.suits.clients.staff.StaffMember;
import agency.suits.clients.team.TeamMembership;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.RuleSetting;
import agency.suits.events.clients.TeamMember;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.Rows;
import agency.suits.settings.RuleSettings;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    @Inject RuleSettings settings;

    /** The cap in force now: an ADMIN may change it (RuleSetting.EXECUTIVE_ACCOUNT_CAP) while the service runs. */
    private ExecutiveCap cap() {
        return new ExecutiveCap(settings.wholeNumber(RuleSetting.EXECUTIVE_ACCOUNT_CAP,
                config.team().maxActiveAccountsPerExecutive()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamView team(UUID clientId) {
        clients.visible(clientId);
        return TeamView.of(clientId, TeamMembership.ofClient(clientId));
    }

    /**
     * The person's directory entry is locked after the client, as every team change does: two placements of one
     * person (on two clients) run one after the other, and the second counts the first's account against the cap.
     */
    public TeamView assign(UUID clientId, UUID staffId, TeamAssignment assignment) {
        Client client = clients.lockVisible(clientId);
        StaffMember person = StaffMember.<StaffMember>findByIdOptional(staffId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Staff member", staffId));
        access.require(ClientPermission.CHANGE_TEAM);
        TeamPlacement.requirePlaceable(staffId, person.role, person.active, assignment.role());
        List<TeamMembership> current = TeamMembership.ofClient(clientId);
        AccountTeam before = teamOf(current);
        AccountTeam after = before.assign(staffId, assignment.role(), assignment.isPrimary(), client.status);
        boolean newAccount = before.member(staffId).isEmpty();
        if (newAccount && TeamPlacement.counted(person.role) && ClientLifecycle.isActive(client.status)) {
            cap().requireRoomFor(staffId, otherActiveAccountsOf(staffId, clientId));
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
            for (UUID executive : executivesLocked(team)) {
                cap().requireRoomFor(executive, otherActiveAccountsOf(executive, client.id));
            }
        }
    }

    /**
     * A person who leaves the agency leaves every team, each change with its AccountTeamChanged, so that every
     * service's copy drops their access. Clients are locked in id order and then the person's row, the order of a
     * placement; clients joined meanwhile (by placements that committed before the lock) are locked after it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void letGo(@Observes StaffDeparture departure) {
        UUID staffId = departure.staffId();
        Map<UUID, Client> teams = new TreeMap<>();
        lockInto(teams, TeamMembership.clientsOf(staffId));
        StaffMember.findById(staffId, LockModeType.PESSIMISTIC_WRITE);
        lockInto(teams, TeamMembership.clientsOf(staffId));
        List<String> led = teams.values().stream()
                .filter(c -> ClientLifecycle.isActive(c.status) && TeamMembership.ofClient(c.id).stream()
                        .anyMatch(m -> m.staffId.equals(staffId) && m.primaryContact))
                .map(c -> c.code).toList();
        if (!led.isEmpty()) {
            throw new WrongState("Staff member " + staffId + " is the primary supervisor of the active clients "
                    + String.join(", ", led) + "; name another primary supervisor there first",
                    "assign another ACCOUNT_SUPERVISOR with primary=true");
        }
        for (Client client : teams.values()) {
            List<TeamMembership> current = TeamMembership.ofClient(client.id);
            AccountTeam before = teamOf(current);
            if (before.member(staffId).isPresent()) {
                change(client.id, current, before, before.remove(staffId, client.status));
            }
        }
    }

    private static void lockInto(Map<UUID, Client> locked, Set<UUID> clientIds) {
        for (UUID id : new TreeSet<>(clientIds)) {
            locked.computeIfAbsent(id, key -> Client.findById(key, LockModeType.PESSIMISTIC_WRITE));
        }
    }

    /**
     * The AEs of the team, by agency role or (for places given before the roles had to fit) by team role, their
     * directory rows locked in id order as a placement locks them, so the cap sees placements running meanwhile.
     */
    private static List<UUID> executivesLocked(AccountTeam team) {
        List<UUID> executives = new ArrayList<>();
        for (TeamMember member : team.members().stream()
                .sorted(Comparator.comparing(TeamMember::staffId)).toList()) {
            StaffMember person = StaffMember.findById(member.staffId(), LockModeType.PESSIMISTIC_WRITE);
            if (member.role() == AccountRole.ACCOUNT_EXECUTIVE
                    || person != null && TeamPlacement.counted(person.role)) {
                executives.add(member.staffId());
            }
        }
        return executives;
    }

    /** Every active account the AE is on, in whatever team role, so that a place as "planner" counts too. */
    private static long otherActiveAccountsOf(UUID executive, UUID exceptClient) {
        return Rows.count(TeamMembership.class, "staffId = ?1 and clientId in (select c.id from Client c"
                        + " where c.status in ?2 and c.id <> ?3)",
                executive, ClientLifecycle.activeStatuses(), exceptClient);
    }

    private TeamView change(UUID clientId, List<TeamMembership> current, AccountTeam before, AccountTeam after) {
        List<TeamMember> joined = after.joinedSince(before);
        List<TeamMember> left = after.leftSince(before);
        if (joined.isEmpty() && left.isEmpty()) {
            return TeamView.of(clientId, current);
        }
        Instant now = clock.now();
        List<TeamMembership> stored = store(clientId, current, after, now);
        outbox.record(new AccountTeamChanged(clientId, after.members(), joined, left, access.staffId(), now));
        return TeamView.of(clientId, stored);
    }

    /**
     * Writes the team in two steps: whoever stops being primary first, then the new primary, because the database
     * allows one primary per client at every moment and Hibernate would not order the updates for us. Answers the
     * rows as they now are, in the order {@link TeamMembership#ofClient} reads them, so nobody reads them back.
     */
    private static List<TeamMembership> store(UUID clientId, List<TeamMembership> current, AccountTeam after,
                                               Instant now) {
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
        List<TeamMembership> stored = new ArrayList<>();
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
            stored.add(row);
        }
        TeamMembership.flush();
        stored.sort(TeamMembership.READING_ORDER);
        return stored;
    }

    private static AccountTeam teamOf(List<TeamMembership> memberships) {
        return AccountTeam.of(memberships.stream().map(TeamMembership::toMember).toList());
    }
}
