package agency.suits.events.samples;

import agency.suits.events.Money;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.RetainerTerms;

import java.time.LocalDate;
import java.util.UUID;

import static agency.suits.events.samples.Acme.BOB_SUPERVISOR;
import static agency.suits.events.samples.Acme.CLIENT_ID;
import static agency.suits.events.samples.Acme.CONTRACT_ID;
import static agency.suits.events.samples.Acme.at;
import static agency.suits.events.samples.Acme.eur;

/** ACME's 2026 retainer unless told otherwise. */
public final class ContractBuilder {

    private ContractType contractType = ContractType.RETAINER;
    private Money value = eur("240000.00");
    private RetainerTerms retainer = new RetainerTerms(eur("20000.00"), BillingPeriod.MONTHLY);
    private int includedRevisionRounds = 2;
    private UUID renewsContractId = null;

    public static ContractBuilder aRetainerContract() {
        return new ContractBuilder();
    }

    public static ContractBuilder aProjectContract() {
        ContractBuilder contract = new ContractBuilder();
        contract.contractType = ContractType.PROJECT;
        contract.value = eur("85000.50");
        contract.retainer = null;
        return contract;
    }

    public ContractBuilder includingRounds(int rounds) {
        this.includedRevisionRounds = rounds;
        return this;
    }

    public ContractBuilder renewing(UUID contractId) {
        this.renewsContractId = contractId;
        return this;
    }

    public ContractSigned signed() {
        return new ContractSigned(CONTRACT_ID, CLIENT_ID, contractType, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"), value, retainer, includedRevisionRounds, 60, renewsContractId,
                BOB_SUPERVISOR, at("2025-12-15T14:02:11.250Z"));
    }
}
