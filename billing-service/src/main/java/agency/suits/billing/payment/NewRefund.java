package agency.suits.billing.payment;

import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "NewRefund", examples = """
        {"amount": {"amount": "120.00", "currency": "EUR"}, "paidOn": "2026-11-20"}""")
public record NewRefund(@NotNull @Valid MoneyJson amount,
                        @NotNull @Schema(implementation = LocalDate.class,
                                description = "The day the money went back to the client") LocalDate paidOn) {
}
