package agency.suits.billing.invoice;

import agency.suits.web.IfMatchHeader;
import agency.suits.events.billing.InvoiceKind;
import agency.suits.web.Created;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import agency.suits.web.problem.Problem;
import agency.suits.web.validation.JobNumberFormat;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/invoices")
@Tag(name = "Invoices", description = "Invoices to clients: drafted, issued with a gap-free number, paid or voided")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "issuedOn", "dueOn", "number")
            .byDefault("createdAt", SortOrder.Direction.DESC);

    @Inject InvoiceService invoices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftTimeAndMaterialsInvoice",
            summary = "Draft a time-and-materials invoice from the job's unbilled time and cost entries")
    @APIResponseSchema(value = InvoiceView.class, responseCode = "201",
            responseDescription = "Drafted; total computed from the entries")
    @APIResponse(responseCode = "404",
            description = "The job has no budget, or is of a client outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Nothing unbilled on the job")
    public RestResponse<InvoiceView> draft(@Valid @NotNull NewInvoice body, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, invoices.draftTimeAndMaterials(body));
    }

    @GET
    @Operation(operationId = "listInvoices", summary = "Invoices, filtered by client, job, kind or status")
    public Page<InvoiceView> list(@QueryParam("clientId") UUID clientId,
                                  @QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                  @QueryParam("kind") InvoiceKind kind, @QueryParam("status") InvoiceStatus status,
                                  @BeanParam PageQuery paging) {
        return invoices.list(clientId, jobNumber, kind, status, paging.resolve(SORTING));
    }

    @GET
    @Path("/{invoiceId}")
    @Operation(operationId = "getInvoice", summary = "One invoice with its lines, paid and outstanding")
    public RestResponse<InvoiceView> get(@PathParam("invoiceId") UUID invoiceId) {
        return VersionTag.ok(invoices.get(invoiceId));
    }

    @POST
    @Path("/{invoiceId}/approve")
    @Operation(operationId = "approveInvoice", summary = "Approve a draft for issue: never by whoever drafted it; a "
            + "supervisor up to the currency's invoice limit, a director above it")
    @APIResponseSchema(value = InvoiceView.class, responseCode = "200", responseDescription = "Approved")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, the drafter, or not senior "
            + "enough for the total")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public RestResponse<InvoiceView> approve(@PathParam("invoiceId") UUID invoiceId,
                                             @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(invoices.approve(invoiceId, ifMatch.required()));
    }

    @POST
    @Path("/{invoiceId}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueInvoice", summary = "Issue an approved invoice: numbered without gaps, dated, "
            + "due after the payment terms; publishes InvoiceIssued")
    @APIResponseSchema(value = InvoiceView.class, responseCode = "200", responseDescription = "Issued")
    @APIResponse(responseCode = "403", description = "Only finance issues invoices")
    @APIResponse(responseCode = "409", description = "Not approved")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    // the body only overrides the defaults: without one the invoice is issued today on the agency's terms
    public RestResponse<InvoiceView> issue(@PathParam("invoiceId") UUID invoiceId, @BeanParam IfMatchHeader ifMatch,
                                           @RequestBody(required = false) @Valid Issuance issuance) {
        return VersionTag.ok(invoices.issue(invoiceId, ifMatch.required(), issuance));
    }

    @POST
    @Path("/{invoiceId}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "voidInvoice",
            summary = "Void a draft, an approved or an unpaid issued invoice, with a reason; nothing is deleted")
    @APIResponseSchema(value = InvoiceView.class, responseCode = "200", responseDescription = "Voided")
    @APIResponse(responseCode = "403", description = "Only finance or an account director voids invoices")
    @APIResponse(responseCode = "409", description = "Paid in part or in full, or void already")
    public RestResponse<InvoiceView> voidInvoice(@PathParam("invoiceId") UUID invoiceId,
                                                 @BeanParam IfMatchHeader ifMatch, @Valid @NotNull Voiding voiding) {
        return VersionTag.ok(invoices.voidInvoice(invoiceId, ifMatch.required(), voiding));
    }
}
