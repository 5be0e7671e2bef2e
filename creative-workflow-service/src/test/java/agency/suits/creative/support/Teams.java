package agency.suits.creative.support;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.Topics;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.TeamMember;
import agency.suits.testing.TopicProducer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Puts staff on a client's account team as clients-service would announce it. */
public final class Teams {

    private Teams() {
    }

    public static void put(UUID clientId, UUID executive, UUID planner) {
        List<TeamMember> team = List.of(new TeamMember(executive, AccountRole.ACCOUNT_EXECUTIVE, true),
                new TeamMember(planner, AccountRole.ACCOUNT_PLANNER, false));
        AccountTeamChanged changed = new AccountTeamChanged(clientId, team, team, List.of(), UUID.randomUUID(),
                Instant.now());
        TopicProducer.send(Topics.CLIENTS, clientId.toString(),
                EventJson.write(CloudEvent.of("/suits/clients-service", changed)));
    }
}
