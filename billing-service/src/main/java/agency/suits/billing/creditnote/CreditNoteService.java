package agency.suits.billing.creditnote;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.RulesInForce;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceApproval;
import agency.suits.billing.invoice.InvoiceLine;
import agency.suits.billing.invoice.InvoiceService;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.persistence.ListQuery;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Credit notes: the one way an issued (or paid) invoice is corrected. Drafted against some or all of its lines,
 * approved under the invoices' four-eyes rule, issued by finance with a number of their own series; issued, a
 * credit note reduces what the invoice has outstanding, and what it credits beyond that is the client's credit
 * balance, which a refund pays back.
 */
@ApplicationScoped
@Transactional
public class CreditNoteService {

    private static final Set<InvoiceStatus> CREDITABLE = Set.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.PAID);

    @Inject InvoiceService invoices;
    @Inject AccountAccess access;
    @Inject RulesInForce rules;
    @Inject AgencyClock clock;

    public CreditNoteView draft(NewCreditNote body) {
        access.require(BillingPermission.SEE_MONEY);
        access.require(BillingPermission.DRAFT_MONEY);
        // the invoice lock keeps two drafts from crediting the same line
        Invoice invoice = invoices.lockVisible(body.invoiceId());
        if (!CREDITABLE.contains(invoice.status)) {
            throw new WrongState("Invoice " + invoice.id + " is " + invoice.status
                    + "; only an issued invoice is corrected by a credit note", invoice.status.allowedActions());
        }
        Set<UUID> creditedAlready = new HashSet<>(CreditNoteLine.getEntityManager().createQuery(
                        "select l.invoiceLineId from CreditNoteLine l where l.creditNote.invoiceId = :invoice",
                        UUID.class).setParameter("invoice", invoice.id).getResultList());
        List<InvoiceLine> lines = chosen(invoice, body.linePositions(), creditedAlready);
        CreditNote note = new CreditNote();
        note.id = UUID.randomUUID();
        note.invoiceId = invoice.id;
        note.clientId = invoice.clientId;
        note.status = CreditNoteStatus.DRAFT;
        note.currency = invoice.currency;
        note.net = Amount.zero(invoice.currency).value();
        note.tax = note.net;
        note.total = note.net;
        note.reason = body.reason();
        note.createdBy = access.staffId();
        note.createdAt = clock.now();
        for (InvoiceLine line : lines) {
            note.credit(line.id, line.position, line.description, Amount.of(line.amount, invoice.currency),
                    Amount.of(line.taxAmount, invoice.currency));
        }
        note.persist();
        return CreditNoteView.of(note);
    }

    /** Four eyes, as for invoices: never its drafter; above the supervisor invoice limit a director. */
    public CreditNoteView approve(UUID id, IfMatch ifMatch) {
        access.require(BillingPermission.SEE_MONEY);
        CreditNote note = lockVisible(id);
        access.require(BillingPermission.APPROVE_INVOICES);
        ifMatch.verify(note.version);
        ApprovalLevel level = InvoiceApproval.check(note.totalAmount(), rules.supervisorInvoiceLimit(),
                access.staff().roles(), access.staffId(), note.createdBy, "a credit note");
        if (note.status != CreditNoteStatus.DRAFT) {
            throw new WrongState("Credit note " + id + " is " + note.status + "; only a draft is approved",
                    note.status.allowedActions());
        }
        note.status = CreditNoteStatus.APPROVED;
        note.approvedBy = access.staffId();
        note.approvedAt = clock.now();
        note.approvalLevel = level;
        // written now, so that the view carries the version (the ETag) this change gives it
        CreditNote.flush();
        return CreditNoteView.of(note);
    }

    /** Numbered in its own gap-free series and dated; the invoice's outstanding falls by its total. */
    public CreditNoteView issue(UUID id, IfMatch ifMatch) {
        access.require(BillingPermission.SEE_MONEY);
        CreditNote note = lockVisible(id);
        access.require(BillingPermission.ISSUE_INVOICES);
        ifMatch.verify(note.version);
        if (note.status != CreditNoteStatus.APPROVED) {
            throw new WrongState("Credit note " + id + " is " + note.status + "; only an approved one is issued",
                    note.status.allowedActions());
        }
        Invoice invoice = invoices.lockVisible(note.invoiceId);
        LocalDate today = clock.today();
        note.number = CreditNoteNumber.of(today.getYear(), nextNumber(today.getYear()));
        note.status = CreditNoteStatus.ISSUED;
        note.issuedOn = today;
        note.issuedBy = access.staffId();
        note.issuedAt = clock.now();
        invoice.credited = invoice.creditedAmount().plus(note.totalAmount()).value();
        if (invoice.outstanding().isZero()) {
            invoice.status = InvoiceStatus.PAID;
        }
        // written now, so that the view carries the version (the ETag) this change gives it
        CreditNote.flush();
        return CreditNoteView.of(note);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CreditNoteView get(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        CreditNote note = CreditNote.<CreditNote>findByIdOptional(id)
                .orElseThrow(() -> NotFoundProblem.of("Credit note", id));
        access.requireVisible(note.clientId, "Credit note", id);
        return CreditNoteView.of(note);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CreditNoteView> list(UUID invoiceId, UUID clientId, PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        ListQuery query = ListQuery.visibleTo(access.visible()).and("invoiceId", invoiceId).and("clientId", clientId);
        return ListQuery.page(CreditNote.<CreditNote>find(query.where(), query.sort(page), query.parameters()), page)
                .map(CreditNoteView::of);
    }

    private CreditNote lockVisible(UUID id) {
        CreditNote note = CreditNote.<CreditNote>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Credit note", id));
        access.requireVisible(note.clientId, "Credit note", id);
        return note;
    }

    /** The lines to credit: those named, or every line not credited yet; none twice, none credited before. */
    private static List<InvoiceLine> chosen(Invoice invoice, List<Integer> positions, Set<UUID> creditedAlready) {
        if (positions == null) {
            List<InvoiceLine> open = invoice.lines.stream().filter(line -> !creditedAlready.contains(line.id))
                    .toList();
            if (open.isEmpty()) {
                throw new RuleBroken("Every line of invoice " + invoice.number + " is credited already");
            }
            return open;
        }
        Set<Integer> seen = new HashSet<>();
        List<InvoiceLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            int position = positions.get(i);
            String field = "linePositions[" + i + "]";
            InvoiceLine line = invoice.lines.stream().filter(l -> l.position == position).findFirst()
                    .orElseThrow(() -> invalid(field, "invoice " + invoice.number + " has no line " + position));
            if (!seen.add(position)) {
                throw invalid(field, "line " + position + " is named twice");
            }
            if (creditedAlready.contains(line.id)) {
                throw invalid(field, "line " + position + " of invoice " + invoice.number + " is credited already");
            }
            lines.add(line);
        }
        return lines;
    }

    private static RuleBroken invalid(String field, String message) {
        return new RuleBroken("A credit note cannot credit this: " + field + " " + message,
                List.of(new Violation(field, message)));
    }

    private static int nextNumber(int year) {
        Number next = (Number) CreditNote.getEntityManager().createNativeQuery(
                        "insert into credit_note_number_counter (year, last_number) values (:year, 1) "
                                + "on conflict (year) do update set last_number = "
                                + "credit_note_number_counter.last_number + 1 returning last_number")
                .setParameter("year", year).getSingleResult();
        return next.intValue();
    }
}
