package agency.suits.clients.opportunity;

import agency.suits.web.IfMatchHeader;
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
import jakarta.ws.rs.PUT;
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

@Path("/api/clients/{clientId}/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "New work the account team pursues with a client, until it is won or lost")
public class OpportunityResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "updatedAt", "expectedCloseOn", "title")
            .byDefault("createdAt", SortOrder.Direction.ASC);

    @Inject OpportunityService opportunities;

    @GET
    @Operation(operationId = "listOpportunitiesOfClient",
            summary = "The client's opportunities, oldest first, paged; optionally those in one stage")
    public Page<OpportunityView> list(@PathParam("clientId") UUID clientId,
                                      @QueryParam("stage") OpportunityStage stage,
                                      @BeanParam PageQuery paging) {
        return opportunities.list(clientId, stage, paging.resolve(SORTING));
    }

    @POST
    @Operation(operationId = "openOpportunity", summary = "Open an opportunity (supervisors, directors)")
    @APIResponseSchema(value = OpportunityView.class, responseCode = "201",
            responseDescription = "Opened; Location and ETag set")
    public RestResponse<OpportunityView> open(@PathParam("clientId") UUID clientId,
                                              @Valid @NotNull OpportunityDetails details, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, opportunities.open(clientId, details));
    }

    @GET
    @Path("{opportunityId}")
    @Operation(operationId = "getOpportunity", summary = "An opportunity, with its version as ETag")
    public RestResponse<OpportunityView> get(@PathParam("clientId") UUID clientId,
                                             @PathParam("opportunityId") UUID opportunityId) {
        return VersionTag.ok(opportunities.get(clientId, opportunityId));
    }

    @PUT
    @Path("{opportunityId}")
    @Operation(operationId = "replaceOpportunity", summary = "Replace an opportunity, moving its stage; needs If-Match")
    @APIResponseSchema(value = OpportunityView.class, responseDescription = "The opportunity as changed")
    @APIResponse(responseCode = "409", description = "A WON or LOST opportunity cannot change stage")
    public RestResponse<OpportunityView> replace(@PathParam("clientId") UUID clientId,
                                                 @PathParam("opportunityId") UUID opportunityId,
                                                 @BeanParam IfMatchHeader ifMatch,
                                                 @Valid @NotNull OpportunityDetails details) {
        return VersionTag.ok(opportunities.replace(clientId, opportunityId, ifMatch.required(), details));
    }
}
