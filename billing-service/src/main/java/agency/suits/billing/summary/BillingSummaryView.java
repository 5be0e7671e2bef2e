package agency.suits.billing.summary;

import agency.suits.billing.budget.BudgetView;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "BillingSummary")
public record BillingSummaryView(UUID clientId, LocalDate asOf,
                                 @Schema(description = "Each job's budget against actuals and committed")
                                 List<BudgetView> jobs,
                                 @Schema(description = "Outstanding on issued invoices by days since issue, "
                                         + "one entry per currency")
                                 List<Receivables> receivables,
                                 @Schema(description = "Net, tax and gross of every invoice issued to the client "
                                         + "(paid or not, voided ones left out), one entry per currency")
                                 List<Invoiced> invoiced) {

    @Schema(name = "InvoicedTotals")
    public record Invoiced(String currency, MoneyJson net, MoneyJson tax, MoneyJson gross,
                           @Schema(description = "The gross of the credit notes issued against them")
                           MoneyJson credited) {
    }

    @Schema(name = "AgedReceivables")
    public record Receivables(String currency,
                              MoneyJson days0to30,
                              MoneyJson days31to60, MoneyJson days61to90, MoneyJson days90plus, MoneyJson total) {

        static Receivables of(Aging aging) {
            return new Receivables(aging.currency(), MoneyJson.of(aging.buckets().get("0-30")),
                    MoneyJson.of(aging.buckets().get("31-60")), MoneyJson.of(aging.buckets().get("61-90")),
                    MoneyJson.of(aging.buckets().get("90+")), MoneyJson.of(aging.total()));
        }
    }
}
