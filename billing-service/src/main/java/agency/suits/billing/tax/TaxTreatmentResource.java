package agency.suits.billing.tax;

import agency.suits.web.Created;
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

/** Under /api/invoices because tax is what invoices carry (and the gateway routes billing by its prefixes). */
@Path("/api/invoices/tax-treatments")
@Tag(name = "Tax", description = "The agency's tax rates per country and category, and its clients' tax treatments")
@Produces(MediaType.APPLICATION_JSON)
public class TaxTreatmentResource {

    private static final Sorting SORTING = Sorting.by("effectiveFrom", "recordedAt")
            .byDefault("recordedAt", SortOrder.Direction.DESC);

    @Inject TaxService taxes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordTaxTreatment", summary = "Record how a client is taxed from a date: STANDARD, "
            + "REDUCED, EXEMPT or REVERSE_CHARGE (with its VAT id)")
    @APIResponseSchema(value = TaxTreatmentView.class, responseCode = "201", responseDescription = "Recorded")
    @APIResponse(responseCode = "403", description = "Only finance or an admin records tax treatments")
    @APIResponse(responseCode = "404", description = "The client is outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "REVERSE_CHARGE without a VAT id")
    public RestResponse<TaxTreatmentView> record(@Valid @NotNull NewTaxTreatment body, @Context UriInfo uriInfo) {
        TaxTreatmentView treatment = taxes.recordTreatment(body);
        return Created.at(uriInfo, treatment.id(), treatment);
    }

    @GET
    @Operation(operationId = "listTaxTreatments", summary = "Tax treatments, optionally of one client, latest first")
    public Page<TaxTreatmentView> list(@QueryParam("clientId") UUID clientId, @BeanParam PageQuery paging) {
        return taxes.treatments(clientId, paging.resolve(SORTING));
    }

    @GET
    @Path("/{taxTreatmentId}")
    @Operation(operationId = "getTaxTreatment", summary = "One recorded tax treatment")
    public TaxTreatmentView get(@PathParam("taxTreatmentId") UUID taxTreatmentId) {
        return taxes.treatment(taxTreatmentId);
    }
}
