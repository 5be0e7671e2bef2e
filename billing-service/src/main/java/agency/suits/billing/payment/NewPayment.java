package agency.suits.billing.payment;

import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "NewPayment")
public record NewPayment(@NotNull @Valid MoneyJson amount, @NotNull LocalDate receivedOn) {
}
