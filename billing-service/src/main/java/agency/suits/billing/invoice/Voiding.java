package agency.suits.billing.invoice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VoidInvoice", examples = """
        {"reason": "Billed to the wrong client"}""")
public record Voiding(@NotBlank @Size(max = 500) String reason) {
}
