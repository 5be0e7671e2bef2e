package agency.suits.billing.invoice;

import java.util.List;

/**
 * An invoice's life: drafted, issued (numbered, sent), then paid in part or in full; a draft or an unpaid issued
 * invoice can be voided with a reason. Nothing is ever deleted.
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    VOID;

    public boolean canIssue() {
        return this == DRAFT;
    }

    /** Once money came in, voiding would hide it: such an invoice is settled by a credit note, not a void. */
    public boolean canVoid() {
        return this == DRAFT || this == ISSUED;
    }

    public boolean canReceivePayment() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }

    public List<String> allowedActions() {
        return switch (this) {
            case DRAFT -> List.of("issue", "void");
            case ISSUED -> List.of("pay", "void");
            case PARTIALLY_PAID -> List.of("pay");
            case PAID, VOID -> List.of();
        };
    }
}
