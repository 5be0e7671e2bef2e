package agency.suits.billing.creditnote;

/** Credit note numbers, a series of their own: CN-, the year of issue, its place in that year (CN-2026-00007). */
public final class CreditNoteNumber {

    private CreditNoteNumber() {
    }

    public static String of(int year, int sequence) {
        if (sequence < 1 || sequence > 99999) {
            throw new IllegalArgumentException("credit note sequence out of range: " + sequence);
        }
        return "CN-%d-%05d".formatted(year, sequence);
    }
}
