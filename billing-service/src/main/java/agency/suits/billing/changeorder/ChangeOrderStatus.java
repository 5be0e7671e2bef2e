package agency.suits.billing.changeorder;

public enum ChangeOrderStatus {
    DRAFT,
    APPROVED
}
