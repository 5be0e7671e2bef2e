package agency.suits.events.clients;

/** The account-services roles a person can hold on a client's team (DOMAIN.md role codes). */
public enum AccountRole {
    ACCOUNT_COORDINATOR,
    ACCOUNT_EXECUTIVE,
    ACCOUNT_PLANNER,
    ACCOUNT_SUPERVISOR,
    ACCOUNT_DIRECTOR
}
