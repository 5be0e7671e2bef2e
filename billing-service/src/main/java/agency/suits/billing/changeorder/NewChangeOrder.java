package agency.suits.billing.changeorder;

import agency.suits.web.money.MoneyJson;
import agency.suits.web.validation.JobNumberFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewChangeOrder", examples = """
        {"jobNumber": "ACME-2026-0042", "reason": "Two more banner sizes the client asked for",
         "amount": {"amount": "1200.00", "currency": "EUR"}}""")
public record NewChangeOrder(
        @NotNull @JobNumberFormat String jobNumber,
        @NotBlank @Size(max = 500) String reason,
        @NotNull @Valid @Schema(description = "Only the difference this change adds to the budget") MoneyJson amount) {
}
