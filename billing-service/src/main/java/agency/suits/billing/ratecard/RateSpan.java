package agency.suits.billing.ratecard;

import java.time.LocalDate;

/** The dates a rate applies: from (inclusive) until (inclusive; null = until further notice). */
public record RateSpan(LocalDate from, LocalDate until) {

    public RateSpan {
        if (from == null) {
            throw new IllegalArgumentException("a rate applies from a date");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    public boolean overlaps(RateSpan other) {
        boolean startsBeforeOtherEnds = other.until == null || !from.isAfter(other.until);
        boolean otherStartsBeforeThisEnds = until == null || !other.from.isAfter(until);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
