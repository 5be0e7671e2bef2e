package agency.suits.billing.work;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.accounts.KnownClient;
import agency.suits.billing.RulesInForce;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.changeorder.ChangeOrder;
import agency.suits.billing.changeorder.ChangeOrderStatus;
import agency.suits.billing.estimate.Estimate;
import agency.suits.billing.estimate.EstimateStatus;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.billing.payable.Payable;
import agency.suits.billing.payable.PayableStatus;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.security.Role;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.work.WorkItem;
import agency.suits.web.work.WorkKind;
import agency.suits.web.work.WorkList;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The money that waits for the caller now, over the clients they see: approvals within their level and, for finance,
 * invoices to issue and payables to release. The creative department and traffic never see money, so their list here
 * is empty rather than refused: the gateway asks this service for everybody's work. Each kind is cut at
 * {@link #MOST_PER_KIND} items, the oldest first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkService {

    static final int MOST_PER_KIND = PageRequest.MAX_SIZE;

    @Inject AccountAccess access;
    @Inject Accounts accounts;
    @Inject RulesInForce rules;
    @Inject AgencyClock clock;

    public WorkList mine() {
        List<WorkItem> items = new ArrayList<>();
        if (!access.holds(BillingPermission.SEE_MONEY)) {
            return new WorkList(items);
        }
        Set<Role> roles = access.staff().roles();
        UUID caller = access.staffId();
        Map<UUID, String> names = new HashMap<>();
        if (BillingPermission.APPROVE_ESTIMATES.grantedTo(roles)) {
            ListQuery open = inStatus(EstimateStatus.DRAFT);
            List<Estimate> estimates = firsts(Estimate.find(open.where(), oldestBy("createdAt"), open.parameters()));
            for (Estimate estimate : estimates) {
                if (BillingWork.awaitsApprovalBy(BillingPermission.APPROVE_ESTIMATES, roles, caller,
                        estimate.createdBy)) {
                    items.add(item(WorkKind.ESTIMATE_TO_APPROVE, estimate.clientId, names, estimate.jobNumber
                                    + " estimate v" + estimate.estimateVersion + ", " + estimate.totalAmount(),
                            "Approve the estimate: once approved it becomes the job's budget.",
                            "/api/estimates/" + estimate.id, estimate.createdAt));
                }
            }
        }
        if (BillingPermission.APPROVE_CHANGE_ORDERS.grantedTo(roles)) {
            ListQuery open = inStatus(ChangeOrderStatus.DRAFT);
            List<ChangeOrder> orders = firsts(ChangeOrder.find(open.where(), oldestBy("createdAt"), open.parameters()));
            for (ChangeOrder order : orders) {
                if (BillingWork.awaitsApprovalBy(BillingPermission.APPROVE_CHANGE_ORDERS, roles, caller,
                        order.createdBy)) {
                    items.add(item(WorkKind.CHANGE_ORDER_TO_APPROVE, order.clientId, names, order.jobNumber
                                    + " change order, " + order.difference(),
                            "Approve the change order: it raises the job's budget by its amount.",
                            "/api/change-orders/" + order.id, order.createdAt));
                }
            }
        }
        payables(items, names, roles, caller);
        invoices(items, names, roles, caller);
        return new WorkList(items);
    }

    private void payables(List<WorkItem> items, Map<UUID, String> names, Set<Role> roles, UUID caller) {
        if (BillingPermission.APPROVE_PAYABLES.grantedTo(roles)) {
            ListQuery open = inStatus(PayableStatus.DRAFT);
            List<Payable> payables = firsts(Payable.find(open.where(), oldestBy("createdAt"), open.parameters()));
            for (Payable payable : payables) {
                if (BillingWork.awaitsApprovalBy(BillingPermission.APPROVE_PAYABLES,
                        BillingPermission.APPROVE_PAYABLES_ABOVE_LIMIT, payable.value(),
                        rules.supervisorPayableLimit(), roles, caller, payable.createdBy)) {
                    items.add(item(WorkKind.PAYABLE_TO_APPROVE, payable.clientId, names, payableSubject(payable),
                            "Approve the payable to the vendor.", "/api/payables/" + payable.id, payable.createdAt));
                }
            }
        }
        if (BillingWork.awaitsReleaseBy(roles)) {
            ListQuery approved = inStatus(PayableStatus.APPROVED);
            List<Payable> payables = firsts(
                    Payable.find(approved.where(), oldestBy("approvedAt"), approved.parameters()));
            for (Payable payable : payables) {
                items.add(item(WorkKind.PAYABLE_TO_RELEASE, payable.clientId, names, payableSubject(payable),
                        "Pay the vendor and release the payable.", "/api/payables/" + payable.id,
                        payable.approvedAt));
            }
        }
    }

    private void invoices(List<WorkItem> items, Map<UUID, String> names, Set<Role> roles, UUID caller) {
        if (BillingPermission.APPROVE_INVOICES.grantedTo(roles)) {
            ListQuery open = inStatus(InvoiceStatus.DRAFT);
            List<Invoice> invoices = firsts(Invoice.find(open.where(), oldestBy("createdAt"), open.parameters()));
            for (Invoice invoice : invoices) {
                if (BillingWork.awaitsApprovalBy(BillingPermission.APPROVE_INVOICES,
                        BillingPermission.APPROVE_INVOICES_ABOVE_LIMIT, invoice.totalAmount(),
                        rules.supervisorInvoiceLimit(), roles, caller, invoice.createdBy)) {
                    items.add(item(WorkKind.INVOICE_TO_APPROVE, invoice.clientId, names, invoiceSubject(invoice),
                            "Approve the drafted invoice for issue (four eyes: you did not draft it).",
                            "/api/invoices/" + invoice.id, invoice.createdAt));
                }
            }
        }
        if (BillingWork.awaitsIssueBy(roles)) {
            ListQuery approved = inStatus(InvoiceStatus.APPROVED);
            List<Invoice> invoices = firsts(
                    Invoice.find(approved.where(), oldestBy("approvedAt"), approved.parameters()));
            for (Invoice invoice : invoices) {
                items.add(item(WorkKind.INVOICE_TO_ISSUE, invoice.clientId, names, invoiceSubject(invoice),
                        "Issue the approved invoice to the client.", "/api/invoices/" + invoice.id,
                        invoice.approvedAt));
            }
        }
    }

    /** The caller's visible rows in {@code status}, for a query ordered by {@link #oldestBy}. */
    private ListQuery inStatus(Enum<?> status) {
        return ListQuery.visibleTo(access.visible()).and("status", status);
    }

    private static Sort oldestBy(String since) {
        return Sort.by(since).and("id");
    }

    private static <T> List<T> firsts(PanacheQuery<T> query) {
        return query.range(0, MOST_PER_KIND - 1).list();
    }

    private static String payableSubject(Payable payable) {
        return payable.jobNumber + " " + payable.vendorName + ", " + payable.value();
    }

    private static String invoiceSubject(Invoice invoice) {
        String what = invoice.kind.name().toLowerCase().replace('_', ' ') + " invoice";
        String of = invoice.jobNumber == null ? "" : invoice.jobNumber + " ";
        return of + what + ", " + invoice.totalAmount();
    }

    private WorkItem item(WorkKind kind, UUID clientId, Map<UUID, String> names, String subject, String action,
            String link, Instant since) {
        String clientName = names.computeIfAbsent(clientId,
                id -> accounts.client(id).map(KnownClient::name).orElse(null));
        return WorkItem.of(kind, clientId, clientName, subject, action, link, since, clock.today(), clock.zone());
    }
}
