package agency.suits.messaging.operations;

import agency.suits.messaging.inbox.DeadLetterService;
import agency.suits.security.CurrentStaff;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dead letters of this service, for admins: {@code /api/operations/<service>/dead-letters}, where
 * {@code <service>} is the service's name ({@code billing-service}), so that the gateway routes the path to the one
 * service whose dead letters they are. The document names the path with this service's name in it (ApiContract), so
 * the four documents join without two owning one path. The runbook is docs/runbook-dead-letters.md.
 */
@Path("/api/operations/{service}/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Dead letters: events this service gave up on, and their redrive")
public class DeadLetterResource {

    private static final Sorting SORTING = Sorting.by("id").byDefault("id", SortOrder.Direction.ASC);

    private final DeadLetterService deadLetters;
    private final CurrentStaff staff;
    private final String service;

    DeadLetterResource(DeadLetterService deadLetters, CurrentStaff staff,
                       @ConfigProperty(name = "quarkus.application.name") String service) {
        this.deadLetters = deadLetters;
        this.staff = staff;
        this.service = service;
    }

    @GET
    @Operation(operationId = "listDeadLetters", summary = "The events this service gave up on, oldest first")
    public Page<DeadLetterView> list(@PathParam("service") String service, @BeanParam PageQuery paging) {
        allow(service);
        return deadLetters.deadLetters(paging.resolve(SORTING)).map(DeadLetterView::of);
    }

    @GET
    @Path("{deadLetterId}")
    @Operation(operationId = "getDeadLetter", summary = "One dead letter with its payload and last error")
    public DeadLetterView get(@PathParam("service") String service, @PathParam("deadLetterId") @Min(1) long id) {
        allow(service);
        return DeadLetterView.of(deadLetters.deadLetter(id));
    }

    @POST
    @Path("{deadLetterId}/redrive")
    @Operation(operationId = "redriveDeadLetter",
            summary = "Try the event again from its first try, once what made it fail is fixed")
    public DeadLetterView redrive(@PathParam("service") String service, @PathParam("deadLetterId") @Min(1) long id) {
        allow(service);
        return DeadLetterView.of(deadLetters.redrive(id));
    }

    private void allow(String asked) {
        if (!service.equals(asked)) {
            throw new NotFoundProblem("This is " + service + "; it has no dead letters of " + asked);
        }
        staff.require(OperationsPermission.HANDLE_DEAD_LETTERS);
    }
}
