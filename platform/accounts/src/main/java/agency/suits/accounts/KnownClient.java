package agency.suits.accounts;

import agency.suits.events.clients.ClientStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A client as this service knows it from clients-service's events, and what its status lets the agency do:
 *
 * <table>
 *   <caption>What each status takes</caption>
 *   <tr><th>Status</th><th>New job requests</th><th>Creative work (brief submission)</th></tr>
 *   <tr><td>PROSPECT</td><td>yes: pitches are work too</td><td>no: nothing is made before the client is won</td></tr>
 *   <tr><td>ACTIVE</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>AT_RISK</td><td>yes</td><td>yes: the client that most needs the team's attention keeps getting it</td></tr>
 *   <tr><td>PAUSED</td><td>no</td><td>no: work is on hold by agreement</td></tr>
 *   <tr><td>CHURNED</td><td>no</td><td>no</td></tr>
 * </table>
 */
public record KnownClient(UUID id, String code, String name, ClientStatus status, List<CurrentContract> contracts) {

    public KnownClient {
        contracts = List.copyOf(contracts);
    }

    private static final Set<ClientStatus> TAKING_NEW_JOBS = EnumSet.of(ClientStatus.PROSPECT, ClientStatus.ACTIVE,
            ClientStatus.AT_RISK);
    private static final Set<ClientStatus> TAKING_CREATIVE_WORK = EnumSet.of(ClientStatus.ACTIVE,
            ClientStatus.AT_RISK);

    public boolean takesNewJobs() {
        return TAKING_NEW_JOBS.contains(status);
    }

    public boolean takesCreativeWork() {
        return TAKING_CREATIVE_WORK.contains(status);
    }

    /**
     * The contract in force on that day (the agency's date): a contract signed for later is not in force before it
     * starts. Where two overlap (clients-service refuses that now) the later start wins.
     */
    public Optional<CurrentContract> contractInForceOn(LocalDate day) {
        return contracts.stream().filter(contract -> contract.inForceOn(day))
                .max(Comparator.comparing(CurrentContract::startsOn));
    }

    /** The contract that starts after that day, the first of them if several are signed. */
    public Optional<CurrentContract> nextContractAfter(LocalDate day) {
        return contracts.stream().filter(contract -> contract.startsOn().isAfter(day))
                .min(Comparator.comparing(CurrentContract::startsOn));
    }
}
