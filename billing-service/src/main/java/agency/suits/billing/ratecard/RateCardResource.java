package agency.suits.billing.ratecard;

import agency.suits.web.Created;
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

@Path("/api/rate-cards")
@Tag(name = "Rate cards", description = "Hourly rates per role, the agency's default or a client's own, by date")
@Produces(MediaType.APPLICATION_JSON)
public class RateCardResource {

    private static final Sorting SORTING = Sorting.by("role", "effectiveFrom", "createdAt")
            .byDefault("effectiveFrom", SortOrder.Direction.DESC);

    @Inject RateCardService rateCards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRateCard",
            summary = "Set an hourly rate for a role: the agency default, or a client's override, from a date")
    @APIResponseSchema(value = RateCardView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "403", description = "Only supervisors, directors and finance set rates")
    @APIResponse(responseCode = "404", description = "The client is outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Another card already prices the role on some of those dates")
    @APIResponse(responseCode = "422",
            description = "Rate not positive, dates reversed, amount finer than the currency's minor units")
    public RestResponse<RateCardView> create(@Valid @NotNull NewRateCard body, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, rateCards.create(body));
    }

    @GET
    @Operation(operationId = "listRateCards", summary = "Rate cards, optionally of one role or one client's overrides")
    public Page<RateCardView> list(@BeanParam RateCardFilter filter, @BeanParam PageQuery paging) {
        return rateCards.list(filter, paging.resolve(SORTING));
    }

    @GET
    @Path("/{rateCardId}")
    @Operation(operationId = "getRateCard", summary = "One rate card")
    public RestResponse<RateCardView> get(@PathParam("rateCardId") UUID rateCardId) {
        return VersionTag.ok(rateCards.get(rateCardId));
    }
}
