package agency.suits.clients.book;

import agency.suits.events.clients.ClientStatus;
import agency.suits.web.book.BookPart;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path(BookPart.PATH)
@Tag(name = BookPart.TAG, description = BookPart.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class BookResource {

    @Inject BookService book;

    @GET
    @Operation(operationId = "listClientsBook", summary = "The accounts of the caller's book in clients-service",
            description = "Every client a supervisor is on the team of, or every client for a director, with its "
                    + "status, health score and top reasons, the contract in force and its renewal state, and the "
                    + "last interaction. Not paged: the gateway joins it by client with creative's and billing's "
                    + "parts into GET /api/book; see docs/book.md.")
    public BookAccounts list(
            @Parameter(description = "Only the clients this supervisor is on the team of")
            @QueryParam("supervisorId") UUID supervisorId,
            @Parameter(description = "Only clients in this status")
            @QueryParam("status") ClientStatus status,
            @Parameter(description = "RISK (lowest health first, the default), NAME, or RENEWAL (the contract that "
                    + "runs out first, first)")
            @QueryParam("sort") @DefaultValue("RISK") BookOrder sort) {
        return book.of(supervisorId, status, sort);
    }
}
