package agency.suits.billing.tax;

/**
 * How billing taxes a client: STANDARD (each line at its own category's rate: the standard one, or the reduced one
 * where the work is of a reduced category), REDUCED (every line at the reduced rate), EXEMPT (no tax) or
 * REVERSE_CHARGE (no tax charged; the client, named by its VAT id, accounts for it).
 */
public enum TaxTreatment {
    STANDARD,
    REDUCED,
    EXEMPT,
    REVERSE_CHARGE;

    /** The category a line of {@code own} category is taxed at under this treatment. */
    public TaxCategory categoryOf(TaxCategory own) {
        return switch (this) {
            case STANDARD -> own;
            case REDUCED -> TaxCategory.REDUCED;
            case EXEMPT -> TaxCategory.EXEMPT;
            case REVERSE_CHARGE -> TaxCategory.REVERSE_CHARGE;
        };
    }
}
