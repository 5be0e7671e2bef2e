package agency.suits.clients.opportunity;

import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One opportunity in the pipeline across clients, with the client it is with. */
@Schema(examples = """
        {"id": "2a4c6e80-1b3d-4f5a-8c7e-9d0b1a2c3e4f", "clientId": "5f1c2b7a-3e4d-4c8b-9f60-1a2b3c4d5e6f",
         "clientName": "Acme Foods", "title": "Spring relaunch", "stage": "PROPOSAL",
         "estimatedValue": {"amount": "45000.00", "currency": "EUR"}, "expectedCloseOn": "2027-03-31",
         "ownerId": "0f3e8d6c-1b2a-4e5f-8a9b-7c6d5e4f3a21", "updatedAt": "2026-11-20T10:00:00Z"}""")
public record PipelineEntry(UUID id, UUID clientId, @Schema(maxLength = 200) String clientName,
                            @Schema(maxLength = 200) String title, OpportunityStage stage, MoneyJson estimatedValue,
                            @Schema(nullable = true) LocalDate expectedCloseOn, UUID ownerId, Instant updatedAt) {

    static PipelineEntry of(Opportunity o, String clientName) {
        return new PipelineEntry(o.id, o.clientId, clientName, o.title, o.stage, MoneyJson.of(o.estimatedValue()),
                o.expectedCloseOn, o.ownerId, o.updatedAt);
    }
}
