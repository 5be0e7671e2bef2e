package agency.suits.clients.staff;

import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import agency.suits.domain.WrongState;
import agency.suits.domain.Violation;
import agency.suits.domain.NotPermitted;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The staff directory: everyone signed in reads it; directors and admins keep it (DOMAIN.md). */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "lower(s.name)", "role", "s.role",
            "email", "lower(s.email)");

    private final CurrentStaff caller;

    StaffDirectory(CurrentStaff caller) {
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffView> list(Role role, String q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (role != null) {
            where.add("s.role = :role");
            parameters.and("role", role);
        }
        if (q != null && !q.isBlank()) {
            where.add("(lower(s.name) like :q escape '\\' or lower(s.email) like :q escape '\\')");
            parameters.and("q", "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = StaffMember.count("select count(s) from StaffMember s" + condition, parameters);
        List<String> orders = new ArrayList<>();
        for (SortOrder order : page.sort()) {
            orders.add(SORT_COLUMNS.get(order.field()) + (order.ascending() ? " asc" : " desc"));
        }
        orders.add("s.id asc");
        var query = StaffMember.getEntityManager().createQuery("select s from StaffMember s" + condition
                + " order by " + String.join(", ", orders), StaffMember.class)
                .setFirstResult((int) page.offset()).setMaxResults(page.size());
        parameters.map().forEach(query::setParameter);
        return Page.of(query.getResultList().stream().map(StaffView::of).toList(), page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffView get(UUID id) {
        return StaffView.of(find(id));
    }

    public StaffView add(NewStaffMember request) {
        requireKeeper();
        if (StaffMember.findById(request.id()) != null) {
            throw new WrongState("Staff member " + request.id() + " is already in the directory",
                    "update the existing entry");
        }
        StaffMember member = new StaffMember();
        member.id = request.id();
        member.createdAt = now();
        apply(member, request.details());
        member.persist();
        flushOrRefuseDuplicate(member);
        return StaffView.of(member);
    }

    public StaffView replace(UUID id, IfMatch ifMatch, StaffDetails details) {
        requireKeeper();
        StaffMember member = find(id);
        ifMatch.verify(member.version);
        apply(member, details);
        flushOrRefuseDuplicate(member);
        return StaffView.of(member);
    }

    private void apply(StaffMember member, StaffDetails details) {
        String email = details.email().strip();
        if (StaffMember.count("lower(email) = ?1 and id <> ?2", email.toLowerCase(Locale.ROOT), member.id) > 0) {
            throw new WrongState("Another staff member already has email " + email);
        }
        if (details.reportsTo() != null) {
            if (StaffMember.findById(details.reportsTo()) == null) {
                throw new RuleBroken("The manager is not in the directory",
                        List.of(new Violation("reportsTo", "is not a staff member")));
            }
            ReportingLine.requireNoLoop(member.id, details.reportsTo(), StaffDirectory::managerOf);
        }
        member.name = details.name().strip();
        member.email = email;
        member.role = details.role();
        member.reportsTo = details.reportsTo();
        member.updatedAt = now();
    }

    private static Optional<UUID> managerOf(UUID staffId) {
        return StaffMember.<StaffMember>findByIdOptional(staffId).map(m -> m.reportsTo);
    }

    private static void flushOrRefuseDuplicate(StaffMember member) {
        try {
            StaffMember.flush();
        } catch (PersistenceException raced) {
            throw new WrongState("Another staff member already has email " + member.email);
        }
    }

    private void requireKeeper() {
        if (!caller.hasAnyRole(Role.ACCOUNT_DIRECTOR, Role.ADMIN)) {
            throw new NotPermitted("Only ACCOUNT_DIRECTOR and ADMIN may manage the staff directory");
        }
    }

    private static StaffMember find(UUID id) {
        return StaffMember.<StaffMember>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Staff member", id));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
