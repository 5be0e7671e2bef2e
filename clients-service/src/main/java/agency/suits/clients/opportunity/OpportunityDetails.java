package agency.suits.clients.opportunity;

import agency.suits.clients.EnteredAmount;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An opportunity as sent to open or replace one; a new one without a stage starts IDENTIFIED. */
@Schema(examples = """
        {"title": "Spring relaunch campaign", "description": "Packaging and TV", "stage": "QUALIFIED",
         "estimatedValue": {"amount": "45000.50", "currency": "EUR"}, "expectedCloseOn": "2027-03-31"}""")
public record OpportunityDetails(
        @Schema(examples = "Spring relaunch campaign") @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        OpportunityStage stage,
        @NotNull @Valid MoneyJson estimatedValue,
        LocalDate expectedCloseOn) {

    public OpportunityDetails {
        if (estimatedValue != null) {
            EnteredAmount.requireReadable("estimatedValue", estimatedValue.amount(), estimatedValue.currency());
        }
    }
}
