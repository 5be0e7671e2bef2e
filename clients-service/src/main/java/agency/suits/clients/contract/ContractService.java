package agency.suits.clients.contract;

import agency.suits.clients.client.ClientAccess;
import agency.suits.clients.client.ClientPermission;
import agency.suits.events.clients.ContractSigned;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.domain.WrongState;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ContractService {

    private final ClientAccess access;
    private final Outbox outbox;

    ContractService(ClientAccess access, Outbox outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContractView> list(UUID clientId) {
        access.visible(clientId);
        return Contract.<Contract>list("clientId = ?1 order by startsOn, signedAt", clientId).stream()
                .map(ContractView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractView get(UUID clientId, UUID contractId) {
        access.visible(clientId);
        return ContractView.of(find(clientId, contractId));
    }

    public ContractView sign(UUID clientId, NewContract request) {
        access.lockedFor(clientId, ClientPermission.CHANGE_CONTRACTS);
        return record(clientId, request.terms().requireSignable(), null);
    }

    /** The next contract, starting the day after this one ends; a contract is renewed once. */
    public ContractView renew(UUID clientId, UUID contractId, Renewal renewal) {
        access.lockedFor(clientId, ClientPermission.CHANGE_CONTRACTS);
        Contract current = find(clientId, contractId);
        if (Contract.isRenewed(current.id)) {
            throw new WrongState("Contract " + contractId + " has already been renewed",
                    "renew the contract that renewed it");
        }
        LocalDate startsOn = current.endsOn.plusDays(1);
        ContractTerms terms = new ContractTerms(current.type, startsOn, renewal.endsOn(), renewal.value(),
                renewal.retainer(), renewal.includedRevisionRounds(), renewal.noticePeriodDays()).requireSignable();
        return record(clientId, terms, current.id);
    }

    private ContractView record(UUID clientId, ContractTerms terms, UUID renews) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.clientId = clientId;
        contract.terms(terms);
        contract.renewsContractId = renews;
        contract.signedBy = access.staffId();
        contract.signedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        contract.persistAndFlush();
        outbox.record(new ContractSigned(contract.id, clientId, contract.type, contract.startsOn, contract.endsOn,
                contract.value(), contract.retainer(), contract.includedRevisionRounds, contract.noticePeriodDays,
                renews, contract.signedBy, contract.signedAt));
        return ContractView.of(contract);
    }

    static Contract find(UUID clientId, UUID contractId) {
        return Contract.<Contract>find("id = ?1 and clientId = ?2", contractId, clientId).firstResultOptional()
                .orElseThrow(() -> NotFoundProblem.of("Contract", contractId));
    }
}
