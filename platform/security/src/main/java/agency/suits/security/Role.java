package agency.suits.security;

/**
 * The agency roles of DOMAIN.md, spelled exactly as they appear in a token's {@code groups} claim.
 */
public enum Role {
    ACCOUNT_COORDINATOR,
    ACCOUNT_EXECUTIVE,
    ACCOUNT_PLANNER,
    ACCOUNT_SUPERVISOR,
    ACCOUNT_DIRECTOR,
    CREATIVE_DIRECTOR,
    CREATIVE,
    FINANCE,
    TRAFFIC,
    ADMIN;

    /** Roles that see every client's book instead of only the accounts whose team they are on. */
    public boolean seesWholeBook() {
        return this == ACCOUNT_DIRECTOR || this == FINANCE || this == ADMIN;
    }

    /**
     * Roles that see money (budgets, rates, estimates, invoices): account services, finance and the admins who run
     * the system. The creative department never does (DOMAIN.md), and traffic plans time, not money.
     */
    public boolean seesMoney() {
        return switch (this) {
            case CREATIVE_DIRECTOR, CREATIVE, TRAFFIC -> false;
            default -> true;
        };
    }
}
