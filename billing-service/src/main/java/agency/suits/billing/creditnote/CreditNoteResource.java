package agency.suits.billing.creditnote;

import agency.suits.web.Created;
import agency.suits.web.IfMatchHeader;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import agency.suits.web.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Under /api/invoices because a credit note corrects an invoice (and the gateway routes billing by its prefixes). */
@Path("/api/invoices/credit-notes")
@Tag(name = "Credit notes", description = "Corrections of issued invoices, numbered in a series of their own")
@Produces(MediaType.APPLICATION_JSON)
public class CreditNoteResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "issuedOn", "number")
            .byDefault("createdAt", SortOrder.Direction.DESC);

    @Inject CreditNoteService creditNotes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftCreditNote",
            summary = "Draft a credit note against an issued invoice: some of its lines, or every line not credited")
    @APIResponseSchema(value = CreditNoteView.class, responseCode = "201",
            responseDescription = "Drafted; each line at its net and its share of the invoice's tax")
    @APIResponse(responseCode = "403", description = "Coordinators draft nothing that moves money")
    @APIResponse(responseCode = "404", description = "The invoice is unknown, or of a client outside the caller's "
            + "book", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The invoice is not issued")
    @APIResponse(responseCode = "422", description = "A line that is not there, named twice or credited already")
    public RestResponse<CreditNoteView> draft(@Valid @NotNull NewCreditNote body, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, creditNotes.draft(body));
    }

    @GET
    @Operation(operationId = "listCreditNotes", summary = "Credit notes, optionally of one invoice or client")
    public Page<CreditNoteView> list(@QueryParam("invoiceId") UUID invoiceId, @QueryParam("clientId") UUID clientId,
                                     @BeanParam PageQuery paging) {
        return creditNotes.list(invoiceId, clientId, paging.resolve(SORTING));
    }

    @GET
    @Path("/{creditNoteId}")
    @Operation(operationId = "getCreditNote", summary = "One credit note with its lines")
    public RestResponse<CreditNoteView> get(@PathParam("creditNoteId") UUID creditNoteId) {
        return VersionTag.ok(creditNotes.get(creditNoteId));
    }

    @POST
    @Path("/{creditNoteId}/approve")
    @Operation(operationId = "approveCreditNote", summary = "Approve a drafted credit note: never by its drafter; a "
            + "supervisor up to the currency's invoice limit, a director above it")
    @APIResponseSchema(value = CreditNoteView.class, responseCode = "200", responseDescription = "Approved")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, the drafter, or not senior "
            + "enough for the total")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public RestResponse<CreditNoteView> approve(@PathParam("creditNoteId") UUID creditNoteId,
                                                @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(creditNotes.approve(creditNoteId, ifMatch.required()));
    }

    @POST
    @Path("/{creditNoteId}/issue")
    @Operation(operationId = "issueCreditNote", summary = "Issue an approved credit note: numbered CN-<year>-<n> "
            + "without gaps; the invoice's outstanding falls by its total")
    @APIResponseSchema(value = CreditNoteView.class, responseCode = "200", responseDescription = "Issued")
    @APIResponse(responseCode = "403", description = "Only finance issues credit notes")
    @APIResponse(responseCode = "409", description = "Not approved")
    public RestResponse<CreditNoteView> issue(@PathParam("creditNoteId") UUID creditNoteId,
                                              @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(creditNotes.issue(creditNoteId, ifMatch.required()));
    }
}
