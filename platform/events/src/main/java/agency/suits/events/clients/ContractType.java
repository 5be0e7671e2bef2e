package agency.suits.events.clients;

public enum ContractType {
    RETAINER,
    PROJECT
}
