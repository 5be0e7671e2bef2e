package agency.suits.clients.contract;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.clients.client.Clients;
import agency.suits.clients.client.RelationshipChanged;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.ContractSigned;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Contracts are signed, never edited, so they take no If-Match. Signing locks the client, so that two contracts of
 * one client commit, and publish ContractSigned, one after the other.
 */
@ApplicationScoped
@Transactional
public class ContractService {

    @Inject ClientAccess access;
    @Inject Clients clients;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;
    @Inject Event<RelationshipChanged> relationship;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContractView> list(UUID clientId, PageRequest page) {
        clients.visible(clientId);
        ListQuery query = ListQuery.everything().and("clientId", clientId);
        return ListQuery.page(Contract.<Contract>find(query.where(), query.sort(page), query.parameters()), page)
                .map(ContractView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractView get(UUID clientId, UUID contractId) {
        clients.visible(clientId);
        return ContractView.of(find(clientId, contractId));
    }

    public ContractView sign(UUID clientId, NewContract request) {
        clients.lockVisible(clientId);
        access.require(ClientPermission.CHANGE_CONTRACTS);
        ContractTerms terms = new ContractTerms(request.type(), request.startsOn(), request.endsOn(),
                request.value().toAmount(), retainer(request.retainer()), request.includedRevisionRounds(),
                request.noticePeriodDays());
        return record(clientId, terms.requireSignable(), null);
    }

    /** The next contract, starting the day after this one ends; a contract is renewed once. */
    public ContractView renew(UUID clientId, UUID contractId, RenewalTerms renewal) {
        clients.lockVisible(clientId);
        Contract current = find(clientId, contractId);
        access.require(ClientPermission.CHANGE_CONTRACTS);
        if (Contract.isRenewed(current.id)) {
            throw new WrongState("Contract " + contractId + " has already been renewed",
                    "renew the contract that renewed it");
        }
        ContractTerms terms = new ContractTerms(current.type, current.endsOn.plusDays(1), renewal.endsOn(),
                renewal.value().toAmount(), retainer(renewal.retainer()), renewal.includedRevisionRounds(),
                renewal.noticePeriodDays());
        return record(clientId, terms.requireSignable(), current.id);
    }

    /** The client's row is locked by the caller, so two contracts signed at once are checked one after the other. */
    private ContractView record(UUID clientId, ContractTerms terms, UUID renews) {
        Contract.<Contract>find("clientId = ?1 and startsOn <= ?2 and endsOn >= ?3 order by startsOn", clientId,
                        terms.endsOn(), terms.startsOn()).firstResultOptional()
                .ifPresent(clash -> terms.requireNoOverlap(clash.id, clash.startsOn, clash.endsOn));
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.clientId = clientId;
        contract.terms(terms);
        contract.renewsContractId = renews;
        contract.signedBy = access.staffId();
        contract.signedAt = clock.now();
        contract.persistAndFlush();
        Retainer retainer = contract.retainer();
        outbox.record(new ContractSigned(contract.id, clientId, contract.type, contract.startsOn, contract.endsOn,
                contract.value().toWire(), retainer == null ? null : retainer.toWire(),
                contract.includedRevisionRounds, contract.noticePeriodDays, renews, contract.signedBy,
                contract.signedAt));
        relationship.fire(new RelationshipChanged(clientId));
        return ContractView.of(contract);
    }

    /** 422 when the fee has more decimals than its currency's minor units. */
    private static Retainer retainer(RetainerJson retainer) {
        return retainer == null ? null : new Retainer(retainer.feePerPeriod().toAmount(), retainer.period());
    }

    static Contract find(UUID clientId, UUID contractId) {
        return Contract.<Contract>find("id = ?1 and clientId = ?2", contractId, clientId).firstResultOptional()
                .orElseThrow(() -> NotFoundProblem.of("Contract", contractId));
    }
}
