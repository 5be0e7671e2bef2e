package agency.suits.billing.ratecard;

import agency.suits.security.Role;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** The filters of the rate card list, each optional: {@code ?role=CREATIVE&clientId=...}. */
public record RateCardFilter(@QueryParam("role") Role role, @QueryParam("clientId") UUID clientId) {
}
