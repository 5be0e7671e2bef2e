package agency.suits.clients.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What registering a client takes; every client starts as a PROSPECT. */
@Schema(examples = """
        {"code": "ACME", "name": "Acme Corporation", "industry": "Consumer goods"}""")
public record NewClient(
        @Schema(examples = "ACME", description = "Short unique code, the start of every job number")
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9]{1,9}$",
                message = "must be 2 to 10 upper-case letters or digits, starting with a letter") String code,
        @Schema(examples = "Acme Corporation") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "Consumer goods") @Size(min = 1, max = 100) String industry) {
}
