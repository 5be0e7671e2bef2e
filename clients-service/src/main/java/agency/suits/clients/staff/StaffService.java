package agency.suits.clients.staff;

import agency.suits.clients.SearchText;
import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.StaffPermission;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.persistence.Rows;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.InvalidParameterProblem;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The staff directory: everyone signed in reads it; directors and admins keep it (DOMAIN.md). */
@ApplicationScoped
@Transactional
public class StaffService {

    /** Names and emails sort as people read them, whatever their case. */
    private static final Map<String, String> SORT_EXPRESSIONS = Map.of("name", "lower(name)", "email", "lower(email)");

    @Inject CurrentStaff caller;
    @Inject ClientAccess access;
    @Inject AgencyClock clock;
    @Inject Event<StaffDeparture> departures;

    /** Who the token says the caller is. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignedInStaff me() {
        return SignedInStaff.of(caller);
    }

    /** The directory, filtered by role (an agency role's name) and searched by name or email. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffView> list(String role, String q, PageRequest page) {
        ListQuery query = ListQuery.everything()
                .and("role", role(role))
                .and("lower(name) like :q escape '\\' or lower(email) like :q escape '\\'", "q",
                        SearchText.containing(q))
                .sortingBy(SORT_EXPRESSIONS);
        return ListQuery.page(StaffMember.<StaffMember>find(query.where(), query.sort(page), query.parameters()), page)
                .map(StaffView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffView get(UUID id) {
        return StaffView.of(find(id, LockModeType.NONE));
    }

    public StaffView add(NewStaffMember request) {
        access.require(StaffPermission.MANAGE_STAFF_DIRECTORY);
        if (StaffMember.findById(request.id()) != null) {
            throw new WrongState("Staff member " + request.id() + " is already in the directory",
                    "update the existing entry");
        }
        StaffMember member = new StaffMember();
        member.id = request.id();
        member.createdAt = clock.now();
        apply(member, request.details());
        member.persist();
        flushOrRefuseDuplicate(member);
        return StaffView.of(member);
    }

    public StaffView replace(UUID id, IfMatch ifMatch, StaffDetails details) {
        StaffMember member = find(id, LockModeType.PESSIMISTIC_WRITE);
        access.require(StaffPermission.MANAGE_STAFF_DIRECTORY);
        ifMatch.verify(member.version);
        apply(member, details);
        flushOrRefuseDuplicate(member);
        return StaffView.of(member);
    }

    /**
     * A person leaving the agency stays in the directory but loses every team place in the same transaction (the
     * teams publish AccountTeamChanged per client, so the other services' copies drop their access); coming back
     * gives no team place back. The teams lock their clients before the person's row, as a placement does, so a
     * placement running at the same time either commits first (and is undone here) or sees them gone.
     */
    public StaffView changeStatus(UUID id, IfMatch ifMatch, StaffStatusChange change) {
        StaffMember member = find(id, LockModeType.NONE);
        access.require(StaffPermission.MANAGE_STAFF_DIRECTORY);
        ifMatch.verify(member.version);
        if (member.active == change.active()) {
            return StaffView.of(member);
        }
        if (!change.active()) {
            departures.fire(new StaffDeparture(id));
        }
        member = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.verify(member.version);
        member.active = change.active();
        member.updatedAt = clock.now();
        StaffMember.flush();
        return StaffView.of(member);
    }

    private void apply(StaffMember member, StaffDetails details) {
        String email = details.email().strip();
        if (Rows.exist(StaffMember.class, "lower(email) = ?1 and id <> ?2", email.toLowerCase(Locale.ROOT),
                member.id)) {
            throw emailTaken(email);
        }
        if (details.reportsTo() != null) {
            if (StaffMember.findById(details.reportsTo()) == null) {
                throw new RuleBroken("The manager is not in the directory",
                        List.of(new Violation("reportsTo", "is not a staff member")));
            }
            ReportingLine.requireNoLoop(member.id, details.reportsTo(), StaffService::managerOf);
        }
        member.name = details.name().strip();
        member.email = email;
        member.role = details.role();
        member.reportsTo = details.reportsTo();
        member.updatedAt = clock.now();
    }

    private static Role role(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(name.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameterProblem("role", "must be one of " + Arrays.toString(Role.values()));
        }
    }

    private static Optional<UUID> managerOf(UUID staffId) {
        return StaffMember.<StaffMember>findByIdOptional(staffId).map(m -> m.reportsTo);
    }

    private static void flushOrRefuseDuplicate(StaffMember member) {
        try {
            StaffMember.flush();
        } catch (PersistenceException raced) {
            throw emailTaken(member.email);
        }
    }

    private static WrongState emailTaken(String email) {
        return new WrongState("Another staff member already has email " + email);
    }

    private static StaffMember find(UUID id, LockModeType lock) {
        return StaffMember.<StaffMember>findByIdOptional(id, lock)
                .orElseThrow(() -> NotFoundProblem.of("Staff member", id));
    }
}
