package agency.suits.billing.tax;

/**
 * What an invoice line is taxed as. Tax rates are set for STANDARD and REDUCED per country; EXEMPT and
 * REVERSE_CHARGE lines carry no tax (a reverse-charge invoice says that the client accounts for it).
 */
public enum TaxCategory {
    STANDARD,
    REDUCED,
    EXEMPT,
    REVERSE_CHARGE;

    public boolean hasRate() {
        return this == STANDARD || this == REDUCED;
    }
}
