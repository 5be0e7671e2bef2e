package agency.suits.billing.invoice;

import agency.suits.web.validation.JobNumberFormat;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewTimeAndMaterialsInvoice",
        description = "Drafts an invoice from the job's time and cost entries not yet billed",
        examples = """
                {"jobNumber": "ACME-2026-0042"}""")
public record NewInvoice(@NotNull @JobNumberFormat String jobNumber) {
}
