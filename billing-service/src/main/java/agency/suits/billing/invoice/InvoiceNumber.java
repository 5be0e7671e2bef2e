package agency.suits.billing.invoice;

/** Invoice numbers: INV-, the year of issue, and the place in that year, e.g. INV-2026-00042. */
public final class InvoiceNumber {

    private InvoiceNumber() {
    }

    public static String of(int year, int sequence) {
        if (sequence < 1 || sequence > 99999) {
            throw new IllegalArgumentException("invoice sequence out of range: " + sequence);
        }
        return "INV-%d-%05d".formatted(year, sequence);
    }
}
