package agency.suits.briefs.schedule;

import agency.suits.web.IfMatch;
import agency.suits.web.VersionTag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/job-requests/{id}/schedule")
@Tag(name = "Traffic schedule", description = "Milestones of each job, set by traffic or the AE")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject ScheduleService schedules;

    @GET
    @Operation(summary = "The job's milestones in due order, each marked overdue or not; ETag is the job's version")
    public Response get(@PathParam("id") UUID id) {
        ScheduleView schedule = schedules.get(id);
        return Response.ok(schedule).tag(VersionTag.of(schedule.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the job's schedule; milestones set or moved may not be due in the past")
    @APIResponse(responseCode = "422",
            description = "A milestone in the past, a duplicate name, a completion in the future")
    @APIResponse(responseCode = "409", description = "The job is completed or cancelled")
    public Response set(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull NewSchedule schedule) {
        ScheduleView saved = schedules.set(id, IfMatch.required(ifMatch), schedule);
        return Response.ok(saved).tag(VersionTag.of(saved.version())).build();
    }
}
