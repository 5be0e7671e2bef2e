package agency.suits.events.clients;

/** A term of a signed contract that an amendment may change. */
public enum ContractTerm {
    VALUE,
    ENDS_ON,
    INCLUDED_REVISION_ROUNDS,
    NOTICE_PERIOD_DAYS
}
