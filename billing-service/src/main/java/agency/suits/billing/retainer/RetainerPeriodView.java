package agency.suits.billing.retainer;

import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RetainerPeriod", description = "One started period of a retainer contract: the hours the client's "
        + "jobs logged in it (by work date) against the period's fee, net of tax, in the fee's currency")
public record RetainerPeriodView(UUID contractId, LocalDate periodStart, LocalDate periodEnd,
                                 @Schema(description = "The period today falls in") boolean current,
                                 @Schema(nullable = true, description = "The period's invoice that is not void; null "
                                         + "while it has none") UUID invoiceId,
                                 MoneyJson fee,
                                 @Schema(type = SchemaType.STRING, examples = "42.50") String hours,
                                 @Schema(description = "The hours at their sell rates") MoneyJson value,
                                 @Schema(description = "The hours at their cost rates") MoneyJson cost,
                                 @Schema(description = "fee - cost") MoneyJson margin,
                                 @Schema(type = SchemaType.STRING, examples = "104.25",
                                         description = "value as a percentage of the fee, half-even to 2 decimals")
                                 String usedPercent,
                                 @Schema(description = "True when the value is above the fee") boolean overServiced,
                                 @Schema(description = "value - fee when over-serviced, zero otherwise")
                                 MoneyJson overServicedBy,
                                 @Schema(type = SchemaType.STRING, examples = "0.00",
                                         description = "Hours booked on a card without a cost rate: counted at no "
                                                 + "cost") String hoursWithoutCostRate) {

    static RetainerPeriodView of(Retainer retainer, RetainerPeriods.Period period, boolean current, UUID invoiceId,
                                 RetainerUsage usage) {
        BigDecimal used = usage.usedPercent();
        return new RetainerPeriodView(retainer.contractId, period.start(), period.end(), current, invoiceId,
                MoneyJson.of(usage.fee()), usage.hours().toPlainString(), MoneyJson.of(usage.value()),
                MoneyJson.of(usage.cost()), MoneyJson.of(usage.margin()), used == null ? null : used.toPlainString(),
                usage.overServiced(), MoneyJson.of(usage.overServicedBy()),
                usage.hoursWithoutCostRate().toPlainString());
    }
}
