package agency.suits.clients.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable details of a client, replaced as a whole; a null industry clears it. The code never changes. */
@Schema(examples = """
        {"name": "Acme Corporation Ltd", "industry": "Consumer goods"}""")
public record ClientChange(
        @NotBlank @Size(max = 200) String name,
        @Size(min = 1, max = 100) String industry) {
}
