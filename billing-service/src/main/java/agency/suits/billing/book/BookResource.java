package agency.suits.billing.book;

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
    @Operation(operationId = "listBillingBook", summary = "The open budgets and receivables of each account of the "
            + "caller's book", description = "Per client the caller answers for (supervisors their teams' clients, "
            + "directors all), per currency: the open budgets against what is spent (actuals and committed "
            + "payables), the most burnt job, jobs over budget, what is outstanding and what of it is overdue. "
            + "The gateway joins it into GET /api/book; see docs/book.md.")
    public BookMoney list() {
        return book.of();
    }
}
