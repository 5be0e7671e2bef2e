package agency.suits.clients.client;

import agency.suits.clients.access.ClientAccess;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * The clients of the caller's book, as every feature's application service loads the client named in its path: 404
 * when it does not exist or is outside the book, the same answer for both.
 */
@ApplicationScoped
public class Clients {

    @Inject ClientAccess access;

    /** The client, or 404. */
    public Client visible(UUID clientId) {
        access.requireVisible(clientId);
        return present(clientId, Client.findById(clientId));
    }

    /**
     * The client locked ({@code PESSIMISTIC_WRITE}) for a change of it or of what hangs off it (team, contracts):
     * two such changes run one after the other and commit, so publish, in that order; or 404.
     */
    public Client lockVisible(UUID clientId) {
        access.requireVisible(clientId);
        return present(clientId, Client.findById(clientId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Client present(UUID clientId, Client client) {
        if (client == null) {
            throw NotFoundProblem.of("Client", clientId);
        }
        return client;
    }
}
