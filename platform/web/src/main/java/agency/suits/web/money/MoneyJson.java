package agency.suits.web.money;

import agency.suits.domain.money.Amount;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Money in JSON: the amount a decimal string (never a JSON number, which a client may read through a double) at the
 * currency's minor units, and the ISO 4217 code. Used in requests and responses alike.
 */
// One schema in every document, whether a service reads Money or only writes it, so that the documents join.
@Schema(name = "Money", additionalProperties = Schema.False.class,
        description = "An exact amount: a decimal string at the currency's ISO 4217 minor units "
        + "(EUR 2, JPY 0, BHD 3) and the currency code. Never a JSON number. Computed figures are rounded half-even.")
public record MoneyJson(
        @NotNull
        @JsonDeserialize(using = DecimalText.class)
        @Pattern(regexp = "-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,4})?",
                message = "must be a decimal string such as 1250.00")
        @Schema(type = SchemaType.STRING, examples = "1250.00", pattern = "^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,4})?$")
        String amount,
        @NotNull
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR")
        @Schema(examples = "EUR", pattern = "^[A-Z]{3}$")
        String currency) {

    public static MoneyJson of(Amount amount) {
        return amount == null ? null : new MoneyJson(amount.text(), amount.currency());
    }

    public Amount toAmount() {
        return Amount.of(amount, currency);
    }
}
