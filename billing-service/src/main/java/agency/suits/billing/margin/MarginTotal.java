package agency.suits.billing.margin;

import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "MarginTotal", description = "A client's margin in one currency: its jobs in that currency summed, "
        + "with the retainer fees invoiced in it. Two currencies are never added.")
public record MarginTotal(@Schema(examples = "EUR") String currency,
                          @Schema(description = "Nets of issued invoices less issued credit notes, the retainer "
                                  + "fees included") MoneyJson invoiced,
                          @Schema(description = "Of invoiced, the retainer invoices (they belong to no job)")
                          MoneyJson retainerFees,
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

    static MarginTotal of(MarginFigure figure, MoneyJson retainerFees) {
        BigDecimal percent = figure.marginPercent();
        return new MarginTotal(figure.currency(), MoneyJson.of(figure.invoiced()), retainerFees,
                MoneyJson.of(figure.billable()), MoneyJson.of(figure.revenue()), MoneyJson.of(figure.timeCost()),
                MoneyJson.of(figure.vendorCost()), MoneyJson.of(figure.cost()), MoneyJson.of(figure.margin()),
                percent == null ? null : percent.toPlainString(), figure.hoursWithoutCostRate().toPlainString());
    }
}
