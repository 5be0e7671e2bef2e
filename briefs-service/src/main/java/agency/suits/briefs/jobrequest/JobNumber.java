package agency.suits.briefs.jobrequest;

import agency.suits.events.Invariants;

/**
 * The agency-wide, readable number of a job: client code, year, and the client's running number in that year
 * ({@code ACME-2026-0042}). The sequence is padded to four digits and grows to six, as the events' pattern allows.
 */
public record JobNumber(String clientCode, int year, int sequence) {

    public static final int MAX_SEQUENCE = 999_999;

    public JobNumber {
        Invariants.clientCode(clientCode);
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits, was " + year);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence must be between 1 and " + MAX_SEQUENCE + ", was " + sequence);
        }
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%04d", clientCode, year, sequence);
    }
}
