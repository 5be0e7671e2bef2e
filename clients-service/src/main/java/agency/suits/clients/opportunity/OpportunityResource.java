package agency.suits.clients.opportunity;

import agency.suits.web.Created;
import agency.suits.web.IfMatch;
import agency.suits.web.VersionTag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.util.List;
import java.util.UUID;

@Path("/api/clients/{clientId}/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "New work pursued with a client")
public class OpportunityResource {

    @Inject OpportunityService opportunities;

    @GET
    @Operation(summary = "The client's opportunities, optionally in one stage")
    public List<OpportunityView> list(@PathParam("clientId") UUID clientId,
                                      @QueryParam("stage") OpportunityStage stage) {
        return opportunities.list(clientId, stage);
    }

    @POST
    @Operation(summary = "Open an opportunity (supervisors, directors)")
    public RestResponse<OpportunityView> open(@PathParam("clientId") UUID clientId,
                                              @Valid @NotNull OpportunityDetails details, @Context UriInfo uriInfo) {
        OpportunityView opened = opportunities.open(clientId, details);
        return Created.at(uriInfo, opened.id(), opened, opened.version());
    }

    @GET
    @Path("{opportunityId}")
    public Response get(@PathParam("clientId") UUID clientId, @PathParam("opportunityId") UUID opportunityId) {
        OpportunityView opportunity = opportunities.get(clientId, opportunityId);
        return Response.ok(opportunity).tag(VersionTag.of(opportunity.version())).build();
    }

    @PUT
    @Path("{opportunityId}")
    @Operation(summary = "Replace an opportunity, moving its stage; needs If-Match")
    @APIResponse(responseCode = "409", description = "A WON or LOST opportunity cannot change stage")
    public Response replace(@PathParam("clientId") UUID clientId, @PathParam("opportunityId") UUID opportunityId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull OpportunityDetails details) {
        OpportunityView opportunity = opportunities.replace(clientId, opportunityId, IfMatch.required(ifMatch),
                details);
        return Response.ok(opportunity).tag(VersionTag.of(opportunity.version())).build();
    }
}
