package agency.suits.billing.invoice;

import agency.suits.events.billing.InvoiceKind;
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

@Path("/api/invoices")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "issuedOn", "dueOn", "number")
            .byDefault("createdAt", SortOrder.Direction.DESC);

    @Inject InvoiceService invoices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a time-and-materials invoice from the job's unbilled time and cost entries")
    @APIResponse(responseCode = "201", description = "Drafted; total computed from the entries")
    @APIResponse(responseCode = "422", description = "Nothing unbilled on the job")
    public RestResponse<InvoiceView> draft(@Valid @NotNull NewInvoice body, @Context UriInfo uriInfo) {
        InvoiceView invoice = invoices.draftTimeAndMaterials(body);
        return Created.at(uriInfo, invoice.id(), invoice, invoice.version());
    }

    @GET
    @Operation(summary = "Invoices, filtered by client, job, kind or status")
    public Page<InvoiceView> list(@QueryParam("clientId") UUID clientId,
                                  @QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                  @QueryParam("kind") InvoiceKind kind, @QueryParam("status") InvoiceStatus status,
                                  @BeanParam PageQuery paging) {
        return invoices.list(clientId, jobNumber, kind, status, paging.resolve(SORTING));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One invoice with its lines, paid and outstanding")
    public Response get(@PathParam("id") UUID id) {
        return tagged(invoices.get(id));
    }

    @POST
    @Path("/{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a draft: numbered without gaps, dated, due after the payment terms; "
            + "publishes InvoiceIssued")
    @APIResponse(responseCode = "200", description = "Issued")
    @APIResponse(responseCode = "403", description = "Only finance issues invoices")
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response issue(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid Issuance issuance) {
        return tagged(invoices.issue(id, IfMatch.required(ifMatch), issuance));
    }

    @POST
    @Path("/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void a draft or an unpaid issued invoice, with a reason; nothing is deleted")
    @APIResponse(responseCode = "200", description = "Voided")
    @APIResponse(responseCode = "403", description = "Only finance or an account director voids invoices")
    @APIResponse(responseCode = "409", description = "Paid in part or in full, or void already")
    public Response voidInvoice(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull Voiding voiding) {
        return tagged(invoices.voidInvoice(id, IfMatch.required(ifMatch), voiding));
    }

    private static Response tagged(InvoiceView invoice) {
        return Response.ok(invoice).tag(VersionTag.of(invoice.version())).build();
    }
}
