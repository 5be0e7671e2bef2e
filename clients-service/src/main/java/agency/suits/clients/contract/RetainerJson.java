package agency.suits.clients.contract;

import agency.suits.clients.EnteredAmount;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retainer's terms as requests and answers carry them. */
@Schema(name = "RetainerTerms")
public record RetainerJson(@NotNull @Valid MoneyJson feePerPeriod, @NotNull BillingPeriod period) {

    public RetainerJson {
        if (feePerPeriod != null) {
            EnteredAmount.requireReadable("feePerPeriod", feePerPeriod.amount(), feePerPeriod.currency());
        }
    }

    static RetainerJson of(Retainer retainer) {
        return retainer == null ? null : new RetainerJson(MoneyJson.of(retainer.feePerPeriod()), retainer.period());
    }
}
