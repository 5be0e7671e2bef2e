package agency.suits.clients.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What an admin asks for: where to send, which event types, and optionally one client's events only
 * ({@code clientId}; all clients' when absent).
 */
@Schema(examples = """
        {"targetUrl": "https://erp.agency.example/hooks/suits",
         "eventTypes": ["agency.suits.ClientAtRisk.v1", "agency.suits.InvoiceIssued.v1"],
         "clientId": null, "description": "Finance ERP: invoices and accounts at risk"}""")
public record NewWebhookSubscription(
        @Schema(description = "http or https URL; must not resolve to loopback or link-local addresses",
                examples = "https://erp.agency.example/hooks/suits")
        @NotBlank @Size(max = 2000) String targetUrl,
        @Schema(description = "CloudEvents types, versioned, as in the event catalog (docs/events.md)")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> eventTypes,
        UUID clientId,
        @Size(max = 500) String description) {
}
