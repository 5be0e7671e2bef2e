package agency.suits.billing.actuals;

import agency.suits.domain.WrongState;

import java.util.UUID;

/**
 * When a booked entry may be corrected. Entries are never edited: a wrong one is reversed by an entry of the
 * opposite sign, once, and only while unbilled; a billed one is corrected on the invoice (void a draft, or a credit
 * note for an issued one).
 */
public final class Reversals {

    private Reversals() {
    }

    /** @throws WrongState when the entry is billed, reversed already, or a reversal itself */
    public static void requireReversible(String what, UUID id, UUID invoiceId, UUID reversesId, UUID reversedById) {
        if (reversesId != null) {
            throw new WrongState(what + " " + id + " is the reversal of " + reversesId + "; a reversal is final");
        }
        if (reversedById != null) {
            throw new WrongState(what + " " + id + " was reversed already, by " + reversedById);
        }
        if (invoiceId != null) {
            throw new WrongState(what + " " + id + " is billed on invoice " + invoiceId + ": void the invoice while "
                    + "it is a draft, or correct it with a credit note once issued");
        }
    }
}
