package agency.suits.billing.creditnote;

import java.util.List;

/** A credit note's life: drafted, approved by someone who did not draft it (four eyes), issued with its number. */
public enum CreditNoteStatus {
    DRAFT,
    APPROVED,
    ISSUED;

    public List<String> allowedActions() {
        return switch (this) {
            case DRAFT -> List.of("approve");
            case APPROVED -> List.of("issue");
            case ISSUED -> List.of();
        };
    }
}
