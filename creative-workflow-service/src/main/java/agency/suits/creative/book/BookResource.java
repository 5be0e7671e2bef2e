package agency.suits.creative.book;

import agency.suits.web.book.BookPart;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(BookPart.PATH)
@Tag(name = BookPart.TAG, description = BookPart.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class BookResource {

    @Inject BookService book;

    @GET
    @Operation(operationId = "listCreativeBook", summary = "The open jobs of each account of the caller's book",
            description = "Per client the caller answers for (supervisors their teams' clients, directors all): "
                    + "open jobs, rounds used against the rounds included, jobs past their included rounds. The "
                    + "gateway joins it into GET /api/book; see docs/book.md.")
    public BookJobs list() {
        return book.of();
    }
}
