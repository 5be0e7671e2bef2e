package agency.suits.billing.book;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.web.money.MoneyJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Every account's open budgets and receivables for the book, from two queries over the caller's book (budgets not
 * closed, invoices issued and not paid), summed per client and currency.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BookService {

    private static final List<InvoiceStatus> OWED = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID);

    @Inject AccountAccess access;
    @Inject AgencyClock clock;

    public BookMoney of() {
        access.require(BillingPermission.READ_BOOK);
        LocalDate today = clock.today();
        Map<UUID, ClientMoney> byClient = new TreeMap<>();
        ListQuery open = ListQuery.visibleTo(access.visible()).andAlways("closedAt is null", Map.of());
        for (JobBudget budget : JobBudget.<JobBudget>list(open.where(), open.parameters())) {
            byClient.computeIfAbsent(budget.clientId, ClientMoney::new).add(budget);
        }
        ListQuery owed = ListQuery.visibleTo(access.visible()).andAlways("status in :owed", Map.of("owed", OWED));
        for (Invoice invoice : Invoice.<Invoice>list(owed.where(), owed.parameters())) {
            byClient.computeIfAbsent(invoice.clientId, ClientMoney::new).add(invoice, today);
        }
        return new BookMoney(byClient.values().stream().map(ClientMoney::view).toList());
    }

    /** One client's sums while they are read, per currency. */
    private static final class ClientMoney {
        private final UUID clientId;
        private final Map<String, Amount[]> budgets = new TreeMap<>();
        private final Map<String, JobBudget> mostBurnt = new TreeMap<>();
        private final Map<String, Amount[]> receivables = new TreeMap<>();
        private final Map<String, Long> mostDaysOverdue = new TreeMap<>();
        private int overBudget;

        ClientMoney(UUID clientId) {
            this.clientId = clientId;
        }

        void add(JobBudget budget) {
            Amount[] sums = budgets.computeIfAbsent(budget.currency, c -> new Amount[]{Amount.zero(c), Amount.zero(c)});
            sums[0] = sums[0].plus(budget.budgetAmount());
            sums[1] = sums[1].plus(budget.spent());
            mostBurnt.merge(budget.currency, budget, (a, b) -> burn(b).compareTo(burn(a)) > 0 ? b : a);
            if (budget.overBy().isPositive()) {
                overBudget++;
            }
        }

        void add(Invoice invoice, LocalDate today) {
            Amount outstanding = invoice.outstanding();
            Amount[] sums = receivables.computeIfAbsent(invoice.currency,
                    c -> new Amount[]{Amount.zero(c), Amount.zero(c)});
            sums[0] = sums[0].plus(outstanding);
            long late = invoice.dueOn == null ? 0 : ChronoUnit.DAYS.between(invoice.dueOn, today);
            if (late > 0 && outstanding.isPositive()) {
                sums[1] = sums[1].plus(outstanding);
                mostDaysOverdue.merge(invoice.currency, late, Math::max);
            }
        }

        BookMoney.Account view() {
            List<BookMoney.Burn> burns = new ArrayList<>();
            budgets.forEach((currency, sums) -> {
                JobBudget most = mostBurnt.get(currency);
                burns.add(new BookMoney.Burn(currency, MoneyJson.of(sums[0]), MoneyJson.of(sums[1]),
                        text(sums[1].percentOf(sums[0])), most.jobNumber, text(most.spent().percentOf(
                        most.budgetAmount()))));
            });
            List<BookMoney.Receivable> owed = new ArrayList<>();
            receivables.forEach((currency, sums) -> owed.add(new BookMoney.Receivable(currency, MoneyJson.of(sums[0]),
                    MoneyJson.of(sums[1]), mostDaysOverdue.getOrDefault(currency, 0L))));
            return new BookMoney.Account(clientId, burns, overBudget, owed);
        }

        /** A zero budget burns nothing measurable: it never counts as the most burnt. */
        private static BigDecimal burn(JobBudget budget) {
            BigDecimal percent = budget.spent().percentOf(budget.budgetAmount());
            return percent == null ? BigDecimal.ZERO : percent;
        }

        private static String text(BigDecimal percent) {
            return percent == null ? null : percent.toPlainString();
        }
    }
}
