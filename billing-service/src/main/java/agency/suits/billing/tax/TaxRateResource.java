package agency.suits.billing.tax;

import agency.suits.web.Created;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Under /api/invoices because tax is what invoices carry (and the gateway routes billing by its prefixes). */
@Path("/api/invoices/tax-rates")
@Tag(name = "Tax", description = "The agency's tax rates per country and category, and its clients' tax treatments")
@Produces(MediaType.APPLICATION_JSON)
public class TaxRateResource {

    private static final Sorting SORTING = Sorting.by("country", "effectiveFrom", "createdAt")
            .byDefault("effectiveFrom", SortOrder.Direction.DESC);

    @Inject TaxService taxes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTaxRate",
            summary = "Set the tax rate of a category (STANDARD, REDUCED) in a country from a date")
    @APIResponseSchema(value = TaxRateView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "403", description = "Only finance or an admin sets tax rates")
    @APIResponse(responseCode = "409", description = "Another rate already sets the category on some of those dates")
    @APIResponse(responseCode = "422", description = "Dates reversed, or a category that carries no rate")
    public RestResponse<TaxRateView> create(@Valid @NotNull NewTaxRate body, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, taxes.createRate(body));
    }

    @GET
    @Operation(operationId = "listTaxRates", summary = "Tax rates, optionally of one country")
    public Page<TaxRateView> list(@QueryParam("country") @Pattern(regexp = "[A-Z]{2}") String country,
                                  @BeanParam PageQuery paging) {
        return taxes.rates(country, paging.resolve(SORTING));
    }

    @GET
    @Path("/{taxRateId}")
    @Operation(operationId = "getTaxRate", summary = "One tax rate")
    public TaxRateView get(@PathParam("taxRateId") UUID taxRateId) {
        return taxes.rate(taxRateId);
    }
}
