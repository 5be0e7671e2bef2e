package agency.suits.billing.payment;

import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "NewPayment", examples = """
        {"amount": {"amount": "400.00", "currency": "EUR"}, "receivedOn": "2026-11-20"}""")
public record NewPayment(@NotNull @Valid MoneyJson amount, @NotNull LocalDate receivedOn) {
}
