package agency.suits.billing.margin;

import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "JobMargin", description = "What a job earns: revenue (invoiced and still billable) against cost (hours "
        + "at cost rates, vendor costs and released payables). All in the job's currency, net of tax.")
public record JobMarginView(String jobNumber,
                            @Schema(description = "Nets of issued invoices less issued credit notes")
                            MoneyJson invoiced,
                            @Schema(description = "Time and cost entries not billed yet, at their value")
                            MoneyJson billable,
                            MoneyJson revenue,
                            @Schema(description = "Hours at the cost rate of their rate card") MoneyJson timeCost,
                            @Schema(description = "Cost entries and released payables") MoneyJson vendorCost,
                            MoneyJson cost,
                            @Schema(description = "revenue - cost") MoneyJson margin,
                            @Schema(type = SchemaType.STRING, examples = "44.69", nullable = true,
                                    description = "margin as a percentage of revenue, half-even to 2 decimals; null "
                                            + "without revenue")
                            String marginPercent,
                            @Schema(type = SchemaType.STRING, examples = "0.00",
                                    description = "Hours booked on a card without a cost rate: counted at no cost")
                            String hoursWithoutCostRate) {

    public static JobMarginView of(String jobNumber, MarginFigure figure) {
        BigDecimal percent = figure.marginPercent();
        return new JobMarginView(jobNumber, MoneyJson.of(figure.invoiced()), MoneyJson.of(figure.billable()),
                MoneyJson.of(figure.revenue()), MoneyJson.of(figure.timeCost()), MoneyJson.of(figure.vendorCost()),
                MoneyJson.of(figure.cost()), MoneyJson.of(figure.margin()),
                percent == null ? null : percent.toPlainString(), figure.hoursWithoutCostRate().toPlainString());
    }
}
