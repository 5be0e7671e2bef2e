package agency.suits.billing.changeorder;

import agency.suits.billing.budget.JobBudgetResource;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewChangeOrder")
public record ChangeOrderBody(
        @NotNull @Pattern(regexp = JobBudgetResource.JOB_NUMBER, message = "must be a job number such as ACME-2026-0042")
        String jobNumber,
        @NotBlank @Size(max = 500) String reason,
        @NotNull @Valid @Schema(description = "Only the difference this change adds to the budget") MoneyJson amount) {
}
