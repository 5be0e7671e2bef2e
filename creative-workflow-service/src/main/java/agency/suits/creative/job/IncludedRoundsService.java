package agency.suits.creative.job;

import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractTerm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The rounds a client's contract includes, as amended in clients-service: an amendment reaches the open jobs that
 * were opened while the contract ran, for the rounds that start from its day on. Rounds already started keep the
 * ruling they started with, because the client has already been told (and billed) what they cost.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IncludedRoundsService {

    private static final Logger LOG = Logger.getLogger(IncludedRoundsService.class);
    private static final List<JobStatus> OPEN = Arrays.stream(JobStatus.values()).filter(s -> !s.isFinal()).toList();

    @Inject AgencyClock clock;
    @Inject CreativeJobService jobs;

    public void amend(ContractAmended amended) {
        if (!amended.changed().contains(ContractTerm.INCLUDED_REVISION_ROUNDS)) {
            return;
        }
        ZoneId zone = clock.zone();
        Instant from = amended.startsOn().atStartOfDay(zone).toInstant();
        Instant until = amended.endsOn().plusDays(1).atStartOfDay(zone).toInstant();
        // in id order, so two amendments of one client lock its jobs in the same order
        List<CreativeJob> open = CreativeJob.<CreativeJob>find("clientId = ?1 and status in ?2 and openedAt >= ?3 "
                        + "and openedAt < ?4 order by id", amended.clientId(), OPEN, from, until)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        LocalDate today = clock.today();
        for (CreativeJob job : open) {
            int before = job.includedRounds;
            job.includeRounds(amended.includedRevisionRounds(), amended.effectiveOn(), today);
            Decision.of(job.id, job.currentRound, DecisionKind.CONTRACT_AMENDMENT, "INCLUDED_ROUNDS_CHANGED",
                    List.of(), List.of(), job.status, job.status, amended.amendedBy(), amended.amendedAt(),
                    reason(amended, before), clock.now()).persist();
            jobs.changed(job);
        }
        LOG.infof("Contract %s amended to %d included rounds from %s: %d open job(s) of client %s follow it",
                amended.contractId(), amended.includedRevisionRounds(), amended.effectiveOn(), open.size(),
                amended.clientId());
    }

    private static String reason(ContractAmended amended, int before) {
        return "contract " + amended.contractId() + " includes " + amended.includedRevisionRounds()
                + " rounds for rounds started from " + amended.effectiveOn() + " (" + before + " before): "
                + amended.reason();
    }
}
