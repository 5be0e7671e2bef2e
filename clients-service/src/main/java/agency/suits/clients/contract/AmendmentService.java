package agency.suits.clients.contract;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.clients.client.Clients;
import agency.suits.clients.client.RelationshipChanged;
import agency.suits.clients.team.TeamMembership;
import agency.suits.domain.NotPermitted;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractTerm;
import agency.suits.events.clients.ContractTerminated;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract through its life after signing: amendments and early termination. Both are the primary supervisor's or
 * a director's, need If-Match on the contract, and lock the client as signing does, so that an amended end and a
 * contract signed at the same moment are checked for overlap one after the other.
 */
@ApplicationScoped
@Transactional
public class AmendmentService {

    @Inject ClientAccess access;
    @Inject CurrentStaff staff;
    @Inject Clients clients;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;
    @Inject Event<RelationshipChanged> relationship;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AmendmentView> history(UUID clientId, UUID contractId, PageRequest page) {
        clients.visible(clientId);
        Contract contract = ContractService.find(clientId, contractId);
        ListQuery query = ListQuery.everything().and("contractId", contractId);
        return ListQuery.page(ContractAmendment.<ContractAmendment>find(query.where(), query.sort(page),
                query.parameters()), page).map(a -> AmendmentView.of(a, contract.valueCurrency));
    }

    public ContractView amend(UUID clientId, UUID contractId, IfMatch ifMatch, NewAmendment request) {
        Contract contract = lockForChange(clientId, contractId, ifMatch);
        requireRunning(contract, "amended");
        AmendmentTerms.Amended amended = request.terms().applyTo(contract.currentTerms());
        ContractTerms terms = amended.terms();
        if (amended.changed().contains(ContractTerm.ENDS_ON)) {
            requireNoOtherContractOn(contract, terms);
        }
        Instant now = clock.now();
        ContractAmendment record = history(contract, request, terms, now);
        boolean windowMoved = !contract.noticeWindowOpensOn().equals(terms.endsOn()
                .minusDays(terms.noticePeriodDays()));
        contract.endsOn = terms.endsOn();
        contract.valueAmount = terms.value().value();
        contract.valueScale = terms.value().minorUnits();
        contract.includedRevisionRounds = terms.includedRevisionRounds();
        contract.noticePeriodDays = terms.noticePeriodDays();
        if (windowMoved) {
            // the reminder follows the amended end: the renewal job announces the new notice window when it opens
            contract.renewalDueSentAt = null;
        }
        record.persist();
        Contract.getEntityManager().flush();
        outbox.record(new ContractAmended(contract.id, clientId, record.id, contract.type, contract.startsOn,
                contract.endsOn, contract.value().toWire(), contract.includedRevisionRounds,
                contract.noticePeriodDays, record.effectiveOn, amended.changed(), record.reason, record.amendedBy,
                now));
        relationship.fire(new RelationshipChanged(clientId));
        return ContractView.of(contract);
    }

    public ContractView terminate(UUID clientId, UUID contractId, IfMatch ifMatch, Termination request) {
        Contract contract = lockForChange(clientId, contractId, ifMatch);
        requireRunning(contract, "terminated");
        TerminationRules.requireEndable(contract.startsOn, contract.endsOn, request.endsOn(), clock.today());
        LocalDate previously = contract.endsOn;
        Instant now = clock.now();
        contract.endsOn = request.endsOn();
        contract.terminatedOn = request.endsOn();
        contract.terminationReason = request.reason().strip();
        contract.terminatedBy = access.staffId();
        contract.terminatedAt = now;
        Contract.getEntityManager().flush();
        outbox.record(new ContractTerminated(contract.id, clientId, contract.type, contract.startsOn,
                contract.endsOn, previously, contract.terminationReason, contract.terminatedBy, now));
        relationship.fire(new RelationshipChanged(clientId));
        return ContractView.of(contract);
    }

    /** In the order of docs/architecture.md: 404 (client, contract), 403 (role, primary), 412 (If-Match). */
    private Contract lockForChange(UUID clientId, UUID contractId, IfMatch ifMatch) {
        clients.lockVisible(clientId);
        Contract contract = ContractService.find(clientId, contractId);
        access.require(ClientPermission.CHANGE_CONTRACTS);
        if (!staff.hasRole(Role.ACCOUNT_DIRECTOR) && !isPrimarySupervisor(clientId, access.staffId())) {
            throw new NotPermitted("Only the client's primary supervisor or an account director may amend or "
                    + "terminate its contracts");
        }
        ifMatch.verify(contract.version);
        return contract;
    }

    private static boolean isPrimarySupervisor(UUID clientId, UUID staffId) {
        return TeamMembership.ofClient(clientId).stream()
                .anyMatch(member -> member.primaryContact && member.staffId.equals(staffId));
    }

    private static void requireRunning(Contract contract, String what) {
        if (contract.terminated()) {
            throw new WrongState("Contract " + contract.id + " was terminated to end on " + contract.terminatedOn
                    + " and cannot be " + what + " any more", "sign a new contract");
        }
    }

    /** The client's row is locked, so a contract signed meanwhile is seen here or sees this amended end. */
    private static void requireNoOtherContractOn(Contract contract, ContractTerms terms) {
        Contract.<Contract>find("clientId = ?1 and id <> ?2 and startsOn <= ?3 and endsOn >= ?4 order by startsOn",
                        contract.clientId, contract.id, terms.endsOn(), terms.startsOn()).firstResultOptional()
                .ifPresent(clash -> terms.requireNoOverlap(clash.id, clash.startsOn, clash.endsOn));
    }

    private ContractAmendment history(Contract contract, NewAmendment request, ContractTerms after, Instant now) {
        ContractAmendment record = new ContractAmendment();
        record.id = UUID.randomUUID();
        record.contractId = contract.id;
        record.effectiveOn = request.effectiveOn();
        record.reason = request.reason().strip();
        record.amendedBy = access.staffId();
        record.amendedAt = now;
        record.valueBefore = contract.valueAmount;
        record.valueAfter = after.value().value();
        record.endsOnBefore = contract.endsOn;
        record.endsOnAfter = after.endsOn();
        record.includedRevisionRoundsBefore = contract.includedRevisionRounds;
        record.includedRevisionRoundsAfter = after.includedRevisionRounds();
        record.noticePeriodDaysBefore = contract.noticePeriodDays;
        record.noticePeriodDaysAfter = after.noticePeriodDays();
        return record;
    }
}
