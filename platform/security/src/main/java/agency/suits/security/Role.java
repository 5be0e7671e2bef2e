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
}
