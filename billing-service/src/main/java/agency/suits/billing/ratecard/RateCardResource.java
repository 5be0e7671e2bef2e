package agency.suits.billing.ratecard;

import agency.suits.web.Created;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/rate-cards")
@Tag(name = "Rate cards")
@Produces(MediaType.APPLICATION_JSON)
public class RateCardResource {

    private static final Sorting SORTING = Sorting.by("role", "effectiveFrom", "createdAt")
            .byDefault("effectiveFrom", SortOrder.Direction.DESC);

    @Inject RateCardService rateCards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an hourly rate for a role: the agency default, or a client's override, from a date")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", description = "Only supervisors, directors and finance set rates")
    @APIResponse(responseCode = "409", description = "Another card already prices the role on some of those dates")
    @APIResponse(responseCode = "422",
            description = "Rate not positive, dates reversed, amount finer than the currency's minor units")
    public RestResponse<RateCardView> create(@Valid @NotNull NewRateCard body, @Context UriInfo uriInfo) {
        RateCardView card = rateCards.create(body);
        return Created.at(uriInfo, card.id(), card, card.version());
    }

    @GET
    @Operation(summary = "Rate cards, optionally of one role or one client's overrides")
    public Page<RateCardView> list(@BeanParam RateCardFilter filter, @BeanParam PageQuery paging) {
        return rateCards.list(filter, paging.resolve(SORTING));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rate card")
    public Response get(@PathParam("id") UUID id) {
        RateCardView card = rateCards.get(id);
        return Response.ok(card).tag(VersionTag.of(card.version())).build();
    }
}
