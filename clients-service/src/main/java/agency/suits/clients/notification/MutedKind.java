package agency.suits.clients.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A kind of notification one person asked not to be told of. */
@Entity
@Table(name = "notification_muted_kind")
@IdClass(MutedKind.Key.class)
public class MutedKind extends PanacheEntityBase {

    @Id
    public UUID staffId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    public record Key(UUID staffId, NotificationKind kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    static Set<NotificationKind> of(UUID staffId) {
        return MutedKind.<MutedKind>list("staffId", staffId).stream().map(m -> m.kind)
                .collect(Collectors.toUnmodifiableSet());
    }
}
