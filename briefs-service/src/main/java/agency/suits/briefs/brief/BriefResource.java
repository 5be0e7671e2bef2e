package agency.suits.briefs.brief;

import agency.suits.web.Created;
import agency.suits.web.IfMatch;
import agency.suits.web.VersionTag;
import agency.suits.web.problem.InvalidParameterProblem;
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

@Path("/api/briefs")
@Tag(name = "Briefs", description = "Creative briefs: sections by role, revisions, approval, submission")
@Produces(MediaType.APPLICATION_JSON)
public class BriefResource {

    @Inject BriefService briefs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the brief of a job (one per job); the job moves to BRIEFING")
    @APIResponse(responseCode = "201", description = "Revision 1 saved; Location and ETag set")
    @APIResponse(responseCode = "403", description = "The caller's roles may not write some of the sections sent")
    @APIResponse(responseCode = "409", description = "The job already has a brief or is past briefing")
    public RestResponse<BriefView> create(@Valid @NotNull NewBrief request, @Context UriInfo uriInfo) {
        BriefView created = briefs.create(request);
        return Created.at(uriInfo, created.id(), created, created.version());
    }

    @GET
    @Operation(summary = "The brief of a job, found by its job request")
    public Response ofJob(@QueryParam("jobRequestId") UUID jobRequestId) {
        if (jobRequestId == null) {
            throw new InvalidParameterProblem("jobRequestId", "is required");
        }
        return tagged(briefs.ofJob(jobRequestId));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The latest revision of a brief; ETag is its version")
    public Response get(@PathParam("id") UUID id) {
        return tagged(briefs.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the sections as a new revision; an approval is dropped by any change")
    @APIResponse(responseCode = "403", description = "Changed sections the caller's roles may not write, named")
    @APIResponse(responseCode = "409", description = "The brief is submitted; withdraw it first")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response save(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull BriefContent content) {
        return tagged(briefs.save(id, IfMatch.required(ifMatch), content));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every saved revision: who, when, which sections changed")
    public List<BriefVersionView> versions(@PathParam("id") UUID id) {
        return briefs.versions(id);
    }

    @GET
    @Path("{id}/versions/{revision}")
    @Operation(summary = "One revision with its content")
    public BriefVersionView version(@PathParam("id") UUID id, @PathParam("revision") int revision) {
        return briefs.version(id, revision);
    }

    @GET
    @Path("{id}/versions/diff")
    @Operation(summary = "The sections that differ between two revisions, with both values")
    public BriefVersionDiff diff(@PathParam("id") UUID id, @QueryParam("from") Integer from,
                                 @QueryParam("to") Integer to) {
        return briefs.diff(id, from, to);
    }

    @GET
    @Path("{id}/completeness")
    @Operation(summary = "What the brief still lacks before it can be approved and submitted")
    public Completeness completeness(@PathParam("id") UUID id) {
        return briefs.completeness(id);
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve the latest revision (a supervisor or director who wrote none of it)")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, or an author of the brief")
    @APIResponse(responseCode = "409", description = "Incomplete, already approved or submitted")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(briefs.approve(id, IfMatch.required(ifMatch)));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit the approved, complete brief of an ACTIVE client to creative (BriefSubmitted)")
    @APIResponse(responseCode = "409", description = "Every unmet condition, in errors[]")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(briefs.submit(id, IfMatch.required(ifMatch)));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a submitted brief back (BriefWithdrawn); the job returns to BRIEFING")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull Withdrawal withdrawal) {
        return tagged(briefs.withdraw(id, IfMatch.required(ifMatch), withdrawal));
    }

    private static Response tagged(BriefView brief) {
        return Response.ok(brief).tag(VersionTag.of(brief.version())).build();
    }
}
