package agency.suits.creative.version;

import agency.suits.events.creative.WorkVersionRef;
import agency.suits.persistence.Rows;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A version of a piece of work for one deliverable; its number counts up per deliverable of the job. */
@Entity
public class WorkVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID jobId;

    public UUID deliverableId;

    public int versionNumber;

    /** The round it was made in. */
    public int round;

    public String title;

    public String mediaType;

    public String assetUrl;

    public String checksum;

    public String notes;

    public UUID createdBy;

    public Instant createdAt;

    public static List<WorkVersion> ofJob(UUID jobId) {
        return list("jobId = ?1 order by createdAt, deliverableId, versionNumber", jobId);
    }

    public static List<WorkVersion> ofJob(UUID jobId, Collection<UUID> ids) {
        return list("jobId = ?1 and id in ?2", jobId, ids);
    }

    /** The ids of the job's versions, which comments on work must point at. */
    public static Set<UUID> idsOfJob(UUID jobId) {
        return ofJob(jobId).stream().map(version -> version.id).collect(Collectors.toSet());
    }

    public static long countInRound(UUID jobId, int round) {
        return Rows.count(WorkVersion.class, "jobId = ?1 and round = ?2", jobId, round);
    }

    /** The next number for the deliverable; the job is locked while it is taken, so two uploads never share one. */
    public static int nextNumber(UUID jobId, UUID deliverableId) {
        Integer highest = getEntityManager()
                .createQuery("select max(v.versionNumber) from WorkVersion v where v.jobId = :job "
                        + "and v.deliverableId = :deliverable", Integer.class)
                .setParameter("job", jobId).setParameter("deliverable", deliverableId).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    public WorkVersionRef ref() {
        return new WorkVersionRef(id, deliverableId, versionNumber, title);
    }
}
