package agency.suits.billing.budget;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.BookingKind;

import java.util.UUID;

/** Something booked against a job's budget: what it is, its id and its amount. */
public record Booking(BookingKind kind, UUID id, Amount amount) {
}
