package agency.suits.billing.estimate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ClientApproval", description = "The client's sign-off, as the account team received it")
public record ClientApproval(
        @NotBlank @Size(max = 200) @Schema(description = "Who approved on the client's side") String approvedBy,
        @NotNull LocalDate approvedOn) {
}
