package agency.suits.billing.invoice;

import agency.suits.billing.budget.JobBudgetResource;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Request bodies of invoices. */
public final class InvoiceBodies {

    private InvoiceBodies() {
    }

    @Schema(name = "NewTimeAndMaterialsInvoice",
            description = "Drafts an invoice from the job's time and cost entries not yet billed")
    public record TimeAndMaterials(
            @NotNull @Pattern(regexp = JobBudgetResource.JOB_NUMBER, message = "must be a job number such as ACME-2026-0042")
            String jobNumber) {
    }

    @Schema(name = "IssueInvoice")
    public record Issue(
            @Schema(description = "Defaults to today (UTC)") LocalDate issuedOn,
            @Schema(description = "Defaults to the agency's payment terms") @Min(0) @Max(365) Integer paymentTermsDays) {
    }

    @Schema(name = "VoidInvoice")
    public record Void(@NotBlank @Size(max = 500) String reason) {
    }
}
