package agency.suits.clients.client;

import agency.suits.events.clients.ClientStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move in the client's lifecycle; named for the client, as briefs has a status change of its own. */
@Schema(examples = """
        {"status": "ACTIVE"}""")
public record ClientStatusChange(@NotNull ClientStatus status) {
}
