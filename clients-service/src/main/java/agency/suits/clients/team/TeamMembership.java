package agency.suits.clients.team;

import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.TeamMember;
import agency.suits.persistence.Rows;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One person on one client's account team, and the questions of who is on which team. The access check asks them
 * (a team is who sees a client), so they live here, below every feature; the team's rules and endpoints are the
 * client's (package {@code client}). Changes go through the client's lock, not a version of their own.
 */
@Entity
@Table(name = "account_team_member")
@IdClass(TeamMembership.Key.class)
public class TeamMembership extends PanacheEntityBase {

    @Id
    public UUID clientId;

    @Id
    public UUID staffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_role", nullable = false)
    public AccountRole role;

    @Column(nullable = false)
    public boolean primaryContact;

    @Column(nullable = false, updatable = false)
    public Instant joinedAt;

    /**
     * The order of {@link #ofClient}, for rows already in hand. PostgreSQL orders uuids by their bytes, unsigned,
     * which is the order of their canonical text, not of {@link UUID#compareTo} (signed).
     */
    public static final Comparator<TeamMembership> READING_ORDER = Comparator
            .comparing((TeamMembership m) -> m.joinedAt).thenComparing(m -> m.staffId.toString());

    public record Key(UUID clientId, UUID staffId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public TeamMember toMember() {
        return new TeamMember(staffId, role, primaryContact);
    }

    /** The client's team in the order people joined it. */
    public static List<TeamMembership> ofClient(UUID clientId) {
        return list("clientId = ?1 order by joinedAt, staffId", clientId);
    }

    public static boolean isOnTeam(UUID clientId, UUID staffId) {
        return Rows.exist(TeamMembership.class, "clientId = ?1 and staffId = ?2", clientId, staffId);
    }

    /** The clients whose team the person is on: their book. */
    public static Set<UUID> clientsOf(UUID staffId) {
        return Set.copyOf(getEntityManager()
                .createQuery("select m.clientId from TeamMembership m where m.staffId = :staff", UUID.class)
                .setParameter("staff", staffId).getResultList());
    }
}
