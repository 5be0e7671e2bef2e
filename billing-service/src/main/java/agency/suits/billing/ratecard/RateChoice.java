package agency.suits.billing.ratecard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which rate values an hour of work: the client's own rate for the role on the work date if it has one, else the
 * agency default for the role on that date. Spans of one role and client never overlap, so at most one matches.
 */
public final class RateChoice {

    private RateChoice() {
    }

    public static Optional<RateCard> on(LocalDate workDate, UUID clientId, List<RateCard> cardsOfRole) {
        Optional<RateCard> clients = cardsOfRole.stream()
                .filter(card -> clientId.equals(card.clientId) && card.span().covers(workDate))
                .findFirst();
        if (clients.isPresent()) {
            return clients;
        }
        return cardsOfRole.stream()
                .filter(card -> card.clientId == null && card.span().covers(workDate))
                .findFirst();
    }
}
