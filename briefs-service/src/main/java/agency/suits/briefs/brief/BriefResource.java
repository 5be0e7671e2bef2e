package agency.suits.briefs.brief;

import agency.suits.web.IfMatchHeader;
import agency.suits.web.Created;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import agency.suits.web.problem.InvalidParameterProblem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/briefs")
@Tag(name = "Briefs", description = "Creative briefs: sections by role, revisions, approval, submission")
@Produces(MediaType.APPLICATION_JSON)
public class BriefResource {

    /** Revisions have one order, their number: oldest first unless the client asks for the newest first. */
    private static final Sorting VERSION_SORTING = Sorting.by("revision")
            .byDefault("revision", SortOrder.Direction.ASC);

    @Inject BriefService briefs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBrief",
            summary = "Start the brief of a job (one per job); the job moves to BRIEFING")
    @APIResponseSchema(value = BriefView.class, responseCode = "201",
            responseDescription = "Revision 1 saved; Location and ETag set")
    @APIResponse(responseCode = "403", description = "The caller's roles may not write some of the sections sent")
    // the path names no brief, so the platform does not add the 404 of a job the caller cannot see
    @APIResponse(responseCode = "404", description = "No such job request among the caller's clients",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The job already has a brief or is past briefing")
    public RestResponse<BriefView> create(@Valid @NotNull NewBrief request, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, briefs.create(request));
    }

    @GET
    @Operation(operationId = "getBriefOfJobRequest", summary = "The brief of a job, found by its job request")
    @APIResponseSchema(value = BriefView.class, responseCode = "200",
            responseDescription = "The brief's latest revision; ETag is its version")
    @APIResponse(responseCode = "404", description = "No such job request among the caller's clients, or it has"
            + " no brief yet", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem")))
    public RestResponse<BriefView> ofJob(@QueryParam("jobRequestId")
                                         @Parameter(required = true, description = "The job request briefed")
                                         UUID jobRequestId) {
        if (jobRequestId == null) {
            throw new InvalidParameterProblem("jobRequestId", "is required");
        }
        return VersionTag.ok(briefs.ofJob(jobRequestId));
    }

    @GET
    @Path("{briefId}")
    @Operation(operationId = "getBrief", summary = "The latest revision of a brief; ETag is its version")
    public RestResponse<BriefView> get(@PathParam("briefId") UUID id) {
        return VersionTag.ok(briefs.get(id));
    }

    @PUT
    @Path("{briefId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveBrief",
            summary = "Save the sections as a new revision; an approval is dropped by any change")
    @APIResponseSchema(value = BriefView.class, responseCode = "200",
            responseDescription = "Saved (or unchanged: the same revision); ETag is the new version")
    @APIResponse(responseCode = "403", description = "Changed sections the caller's roles may not write, named")
    @APIResponse(responseCode = "409", description = "The brief is submitted; withdraw it first")
    public RestResponse<BriefView> save(@PathParam("briefId") UUID id,
                                        @BeanParam IfMatchHeader ifMatch,
                                        @Valid @NotNull BriefContent content) {
        return VersionTag.ok(briefs.save(id, ifMatch.required(), content));
    }

    @GET
    @Path("{briefId}/versions")
    @Operation(operationId = "listBriefVersions", summary = "Every saved revision: who, when, which sections changed")
    public Page<BriefVersionView> versions(@PathParam("briefId") UUID id, @BeanParam PageQuery paging) {
        return briefs.versions(id, paging.resolve(VERSION_SORTING));
    }

    @GET
    @Path("{briefId}/versions/{revision}")
    @Operation(operationId = "getBriefVersion", summary = "One revision with its content")
    public BriefVersionView version(@PathParam("briefId") UUID id, @PathParam("revision") @Min(1) int revision) {
        return briefs.version(id, revision);
    }

    @GET
    @Path("{briefId}/versions/diff")
    @Operation(operationId = "compareBriefVersions",
            summary = "The sections that differ between two revisions, with both values")
    public BriefVersionDiff diff(@PathParam("briefId") UUID id,
                                 @QueryParam("from") @Min(1)
                                 @Parameter(required = true, description = "The revision to compare from")
                                 Integer from,
                                 @QueryParam("to") @Min(1)
                                 @Parameter(required = true, description = "The revision to compare to")
                                 Integer to) {
        return briefs.diff(id, from, to);
    }

    @GET
    @Path("{briefId}/completeness")
    @Operation(operationId = "getBriefCompleteness",
            summary = "What the brief still lacks before it can be approved and submitted")
    public Completeness completeness(@PathParam("briefId") UUID id) {
        return briefs.completeness(id);
    }

    @POST
    @Path("{briefId}/planner-confirmation")
    @Operation(operationId = "confirmBriefPlannerSections",
            summary = "The team's planner confirms the target audience, insight and proposition as they stand")
    @APIResponseSchema(value = BriefView.class, responseCode = "200",
            responseDescription = "Confirmed for the latest revision (plannerConfirmedRevision); ETag is the new"
                    + " version")
    @APIResponse(responseCode = "403", description = "Not the planner on the client's team")
    @APIResponse(responseCode = "409", description = "The brief is submitted; withdraw it first")
    public RestResponse<BriefView> confirmPlannerSections(@PathParam("briefId") UUID id,
                                                          @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(briefs.confirmPlannerSections(id, ifMatch.required()));
    }

    @POST
    @Path("{briefId}/approval")
    @Operation(operationId = "approveBrief",
            summary = "Approve the latest revision (a supervisor or director who wrote none of it)")
    @APIResponseSchema(value = BriefView.class, responseCode = "200",
            responseDescription = "Approved; ETag is the new version")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, or an author of the brief")
    @APIResponse(responseCode = "409", description = "Incomplete, without the word of the team's planner on the"
            + " planner sections, already approved or submitted")
    public RestResponse<BriefView> approve(@PathParam("briefId") UUID id,
                                           @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(briefs.approve(id, ifMatch.required()));
    }

    @POST
    @Path("{briefId}/submission")
    @Operation(operationId = "submitBrief",
            summary = "Submit the approved, complete brief of an ACTIVE client to creative (BriefSubmitted)")
    @APIResponseSchema(value = BriefView.class, responseCode = "200",
            responseDescription = "Submitted: the revision is frozen and the job SUBMITTED; ETag is the new version")
    @APIResponse(responseCode = "409", description = "Every unmet condition, in errors[]")
    public RestResponse<BriefView> submit(@PathParam("briefId") UUID id,
                                          @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(briefs.submit(id, ifMatch.required()));
    }

    @POST
    @Path("{briefId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawBrief",
            summary = "Take a submitted brief back (BriefWithdrawn); the job returns to BRIEFING")
    @APIResponseSchema(value = BriefView.class, responseCode = "200",
            responseDescription = "Withdrawn; ETag is the new version")
    @APIResponse(responseCode = "409", description = "The brief is not submitted, or its job is past taking it back")
    public RestResponse<BriefView> withdraw(@PathParam("briefId") UUID id,
                                            @BeanParam IfMatchHeader ifMatch,
                                            @Valid @NotNull Withdrawal withdrawal) {
        return VersionTag.ok(briefs.withdraw(id, ifMatch.required(), withdrawal));
    }
}
