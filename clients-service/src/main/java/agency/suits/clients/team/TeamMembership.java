package agency.suits.clients.team;

import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.TeamMember;
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
import java.util.List;
import java.util.UUID;

/** One person on one client's account team. Changes go through the client's lock, not a version of their own. */
@Entity
@Table(name = "account_team_member")
@IdClass(TeamMembership.Key.class)
public class TeamMembership extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Id
    @Column(name = "staff_id")
    public UUID staffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_role", nullable = false)
    public AccountRole role;

    @Column(name = "primary_contact", nullable = false)
    public boolean primaryContact;

    @Column(name = "joined_at", nullable = false, updatable = false)
    public Instant joinedAt;

    public record Key(UUID clientId, UUID staffId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public TeamMember toMember() {
        return new TeamMember(staffId, role, primaryContact);
    }

    public static List<TeamMembership> ofClient(UUID clientId) {
        return list("clientId = ?1 order by joinedAt, staffId", clientId);
    }

    public static boolean isOnTeam(UUID clientId, UUID staffId) {
        return count("clientId = ?1 and staffId = ?2", clientId, staffId) > 0;
    }
}
