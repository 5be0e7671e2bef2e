package agency.suits.billing.payable;

import agency.suits.web.Created;
import agency.suits.web.IfMatch;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import agency.suits.web.validation.JobNumberFormat;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/payables")
@Tag(name = "Payables")
@Produces(MediaType.APPLICATION_JSON)
public class PayableResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "status")
            .byDefault("createdAt", SortOrder.Direction.DESC);

    @Inject PayableService payables;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record money owed to a vendor for a job (a draft until approved)")
    @APIResponse(responseCode = "201", description = "Drafted")
    @APIResponse(responseCode = "422", description = "Not more than zero, or not in the budget's currency")
    public RestResponse<PayableView> create(@Valid @NotNull NewPayable body, @Context UriInfo uriInfo) {
        PayableView payable = payables.create(body);
        return Created.at(uriInfo, payable.id(), payable, payable.version());
    }

    @GET
    @Operation(summary = "Payables, optionally of one job")
    public Page<PayableView> list(@QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                  @BeanParam PageQuery paging) {
        return payables.list(jobNumber, paging.resolve(SORTING));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One payable")
    public Response get(@PathParam("id") UUID id) {
        return tagged(payables.get(id));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve: never by its creator; a supervisor up to the currency's limit, a director above; "
            + "publishes PayableApproved")
    @APIResponse(responseCode = "403", description = "The creator, or not senior enough for the amount")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(payables.approve(id, IfMatch.required(ifMatch)));
    }

    @POST
    @Path("/{id}/release")
    @Operation(summary = "Finance releases (pays out) an approved payable; it becomes an actual of the job")
    @APIResponse(responseCode = "403", description = "Not finance")
    @APIResponse(responseCode = "409", description = "Not approved, or released already")
    public Response release(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(payables.release(id, IfMatch.required(ifMatch)));
    }

    private static Response tagged(PayableView payable) {
        return Response.ok(payable).tag(VersionTag.of(payable.version())).build();
    }
}
