package agency.suits.creative.book;

import agency.suits.accounts.AccountAccess;
import agency.suits.creative.access.CreativePermission;
import agency.suits.creative.job.CreativeJob;
import agency.suits.creative.job.JobStatus;
import agency.suits.persistence.ListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The open jobs of every account the caller answers for, counted per client in one query. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BookService {

    private static final List<JobStatus> OPEN = Arrays.stream(JobStatus.values()).filter(s -> !s.isFinal()).toList();

    @Inject AccountAccess access;

    public BookJobs of() {
        access.require(CreativePermission.READ_BOOK);
        ListQuery query = ListQuery.visibleTo(access.visible()).andAlways("status in :open", Map.of("open", OPEN));
        TypedQuery<Object[]> counted = CreativeJob.getEntityManager().createQuery("select clientId, count(*), "
                + "sum(currentRound), sum(includedRounds), "
                + "sum(case when currentRound member of roundsOutOfScope then 1 else 0 end) from CreativeJob where "
                + query.where() + " group by clientId order by clientId",
                Object[].class);
        query.parameters().map().forEach(counted::setParameter);
        return new BookJobs(counted.getResultList().stream().map(row -> new BookJobs.Account((UUID) row[0],
                ((Number) row[1]).intValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                ((Number) row[4]).intValue())).toList());
    }
}
