package agency.suits.billing.estimate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Named after the estimate in the document: the creative work has client approvals of its own. */
@Schema(name = "EstimateClientApproval", description = "The client's sign-off, as the account team received it",
        examples = """
                {"approvedBy": "Ada Brandt, Head of Marketing", "approvedOn": "2026-11-05"}""")
public record ClientApproval(
        @NotBlank @Size(max = 200) @Schema(description = "Who approved on the client's side") String approvedBy,
        @NotNull LocalDate approvedOn) {
}
