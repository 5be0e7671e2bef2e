package agency.suits.briefs.brief;

import agency.suits.briefs.jobrequest.TextListColumn;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One save of a brief, kept whole and never changed. */
@Entity
public class BriefVersion extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Convert(converter = BriefContentColumn.class)
    @Column(nullable = false, updatable = false)
    public BriefContent content;

    /** The sections this save changed, by their JSON names. */
    @Convert(converter = TextListColumn.class)
    @Column(nullable = false, updatable = false)
    public List<String> changed = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    public UUID savedBy;

    @Column(nullable = false, updatable = false)
    public Instant savedAt;

    @Embeddable
    public record Key(@Column(name = "brief_id") UUID briefId, @Column(name = "revision") int revision)
            implements Serializable {
    }
}
