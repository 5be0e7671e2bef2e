package agency.suits.billing.ratecard;

import agency.suits.security.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateChoiceTest {

    private static final UUID CLIENT = UUID.randomUUID();

    @Test
    void theClientsOverrideBeatsTheAgencyDefaultOnlyOnItsOwnDates() {
        RateCard agency = card(null, "100.00", "2026-01-01", null);
        RateCard override = card(CLIENT, "90.00", "2026-03-01", "2026-03-31");
        List<RateCard> cards = List.of(agency, override);

        assertEquals(override, RateChoice.on(LocalDate.parse("2026-03-31"), CLIENT, cards).orElseThrow());
        assertEquals(agency, RateChoice.on(LocalDate.parse("2026-04-01"), CLIENT, cards).orElseThrow());
        assertEquals(agency, RateChoice.on(LocalDate.parse("2026-03-15"), UUID.randomUUID(), cards).orElseThrow());
        assertTrue(RateChoice.on(LocalDate.parse("2025-12-31"), CLIENT, cards).isEmpty());
    }

    @Test
    void spansOverlapWhenTheyShareADay() {
        RateSpan q1 = new RateSpan(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));
        assertTrue(q1.overlaps(new RateSpan(LocalDate.parse("2026-03-31"), null)));
        assertFalse(q1.overlaps(new RateSpan(LocalDate.parse("2026-04-01"), null)));
        assertTrue(new RateSpan(LocalDate.parse("2020-01-01"), null).overlaps(q1));
    }

    private static RateCard card(UUID client, String rate, String from, String to) {
        RateCard card = new RateCard();
        card.id = UUID.randomUUID();
        card.role = Role.CREATIVE;
        card.clientId = client;
        card.hourlyRate = new BigDecimal(rate);
        card.currency = "EUR";
        card.effectiveFrom = LocalDate.parse(from);
        card.effectiveTo = to == null ? null : LocalDate.parse(to);
        return card;
    }
}
