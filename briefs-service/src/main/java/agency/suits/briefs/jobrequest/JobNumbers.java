package agency.suits.briefs.jobrequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * Hands out job numbers gap-free per client and year. One upsert both creates the year's counter and takes the next
 * value; it row-locks the counter until the caller's transaction ends, so two creations never get the same number,
 * and a creation that rolls back releases its number for the next one. It runs in the transaction of the job's
 * creation ({@link JobRequestService#create}).
 */
@ApplicationScoped
public class JobNumbers {

    private static final String NEXT = "insert into job_number_counter (client_id, year, last_number)"
            + " values (?1, ?2, 1) on conflict (client_id, year)"
            + " do update set last_number = job_number_counter.last_number + 1 returning last_number";

    @Inject EntityManager entityManager;

    public JobNumber next(UUID clientId, String clientCode, int year) {
        Number sequence = (Number) entityManager.createNativeQuery(NEXT)
                .setParameter(1, clientId)
                .setParameter(2, year)
                .getSingleResult();
        return new JobNumber(clientCode, year, sequence.intValue());
    }
}
