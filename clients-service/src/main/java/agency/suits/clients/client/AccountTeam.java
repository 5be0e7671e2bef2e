package agency.suits.clients.client;

import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.TeamMember;
import agency.suits.domain.WrongState;
import agency.suits.domain.RuleBroken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of a client's account team, without a database: one role per person, the primary contact is always a
 * supervisor and there is at most one, and an active client keeps exactly one primary supervisor (it is who the
 * client calls). Immutable: every change answers the team after it.
 */
public final class AccountTeam {

    private final Map<UUID, TeamMember> members;

    private AccountTeam(Map<UUID, TeamMember> members) {
        this.members = members;
    }

    public static AccountTeam of(List<TeamMember> members) {
        Map<UUID, TeamMember> byStaff = new LinkedHashMap<>();
        members.forEach(member -> byStaff.put(member.staffId(), member));
        return new AccountTeam(byStaff);
    }

    public List<TeamMember> members() {
        return List.copyOf(members.values());
    }

    public Optional<TeamMember> member(UUID staffId) {
        return Optional.ofNullable(members.get(staffId));
    }

    public Optional<TeamMember> primary() {
        return members.values().stream().filter(TeamMember::primary).findFirst();
    }

    /** Puts the person on the team in that role; a new primary supervisor takes over from the old one. */
    public AccountTeam assign(UUID staffId, AccountRole role, boolean primary, ClientStatus status) {
        if (primary && role != AccountRole.ACCOUNT_SUPERVISOR) {
            throw new RuleBroken("Only an ACCOUNT_SUPERVISOR can be the client's primary contact, not "
                    + role);
        }
        Map<UUID, TeamMember> next = new LinkedHashMap<>();
        members.forEach((id, member) -> next.put(id,
                primary && member.primary() ? new TeamMember(id, member.role(), false) : member));
        next.put(staffId, new TeamMember(staffId, role, primary));
        return new AccountTeam(next).requireReadyFor(status);
    }

    /**
     * Takes the person off the team; the primary supervisor of an active client must be replaced first.
     *
     * @throws IllegalArgumentException when the person is not on the team (the service answers that 404 before)
     */
    public AccountTeam remove(UUID staffId, ClientStatus status) {
        if (!members.containsKey(staffId)) {
            throw new IllegalArgumentException(staffId + " is not on the team");
        }
        Map<UUID, TeamMember> next = new LinkedHashMap<>(members);
        next.remove(staffId);
        return new AccountTeam(next).requireReadyFor(status);
    }

    /** 409 unless a client in that status would have the primary supervisor it needs. */
    public AccountTeam requireReadyFor(ClientStatus status) {
        if (ClientLifecycle.isActive(status) && primary().isEmpty()) {
            throw new WrongState("A client in status " + status
                    + " needs exactly one primary ACCOUNT_SUPERVISOR on its team",
                    "assign an ACCOUNT_SUPERVISOR with primary=true");
        }
        return this;
    }

    /** The members of this team that were not on {@code before} in the same role and primacy. */
    public List<TeamMember> joinedSince(AccountTeam before) {
        return difference(this, before);
    }

    public List<TeamMember> leftSince(AccountTeam before) {
        return difference(before, this);
    }

    public List<TeamMember> executives() {
        return members.values().stream().filter(m -> m.role() == AccountRole.ACCOUNT_EXECUTIVE).toList();
    }

    private static List<TeamMember> difference(AccountTeam from, AccountTeam without) {
        List<TeamMember> result = new ArrayList<>();
        for (TeamMember member : from.members.values()) {
            if (!member.equals(without.members.get(member.staffId()))) {
                result.add(member);
            }
        }
        return result;
    }
}
