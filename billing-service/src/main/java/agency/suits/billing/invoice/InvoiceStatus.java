package agency.suits.billing.invoice;

import java.util.List;

/**
 * An invoice's life: drafted, approved by someone who did not draft it (four eyes), issued (numbered, sent), then
 * paid in part or in full; a draft, an approved or an unpaid issued invoice can be voided with a reason. Nothing is
 * ever deleted.
 */
public enum InvoiceStatus {
    DRAFT,
    /** Approved, not yet issued: the only state an invoice is issued from. */
    APPROVED,
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    VOID;

    public boolean canApprove() {
        return this == DRAFT;
    }

    public boolean canIssue() {
        return this == APPROVED;
    }

    /** Once money came in, voiding would hide it: such an invoice is settled by a credit note, not a void. */
    public boolean canVoid() {
        return this == DRAFT || this == APPROVED || this == ISSUED;
    }

    public boolean canReceivePayment() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }

    public List<String> allowedActions() {
        return switch (this) {
            case DRAFT -> List.of("approve", "void");
            case APPROVED -> List.of("issue", "void");
            case ISSUED -> List.of("pay", "void");
            case PARTIALLY_PAID -> List.of("pay");
            case PAID, VOID -> List.of();
        };
    }
}
