package agency.suits.events.clients;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client's health score fell below the threshold: published once per crossing, with every signal behind it.
 * Subject: the client id.
 */
public record ClientAtRisk(
        UUID clientId,
        int score,
        int previousScore,
        int threshold,
        List<RiskReason> reasons,
        Instant assessedAt) implements EventPayload {

    public ClientAtRisk {
        Invariants.present(clientId, "clientId");
        Invariants.between(score, 0, 100, "score");
        Invariants.between(previousScore, 0, 100, "previousScore");
        Invariants.between(threshold, 1, 100, "threshold");
        if (score >= threshold) {
            throw new IllegalArgumentException("a client at risk scores below the threshold");
        }
        reasons = Invariants.nonEmpty(reasons, "reasons");
        Invariants.present(assessedAt, "assessedAt");
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
