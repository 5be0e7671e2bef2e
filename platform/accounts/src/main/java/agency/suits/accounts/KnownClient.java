package agency.suits.accounts;

import agency.suits.events.clients.ClientStatus;

import java.util.EnumSet;
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
public record KnownClient(UUID id, String code, String name, ClientStatus status, CurrentContract contract) {

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

    /** Absent until a ContractSigned for the client has arrived. */
    public Optional<CurrentContract> currentContract() {
        return Optional.ofNullable(contract);
    }
}
