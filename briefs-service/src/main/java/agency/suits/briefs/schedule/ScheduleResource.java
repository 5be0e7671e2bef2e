package agency.suits.briefs.schedule;

import jakarta.ws.rs.BeanParam;
import agency.suits.web.IfMatchHeader;
import agency.suits.web.VersionTag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/job-requests/{jobRequestId}/schedule")
@Tag(name = "Traffic schedule", description = "Milestones of each job, set by traffic or the AE")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject ScheduleService schedules;

    @GET
    @Operation(operationId = "getScheduleOfJobRequest",
            summary = "The job's milestones in due order, each marked overdue or not; ETag is the job's version")
    public RestResponse<ScheduleView> get(@PathParam("jobRequestId") UUID id) {
        return VersionTag.ok(schedules.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setScheduleOfJobRequest",
            summary = "Replace the job's schedule; milestones set or moved may not be due in the past")
    @APIResponseSchema(value = ScheduleView.class, responseCode = "200",
            responseDescription = "The schedule as set, in due order; ETag is the job's new version")
    @APIResponse(responseCode = "422",
            description = "A milestone in the past, a duplicate name, a completion in the future")
    @APIResponse(responseCode = "409", description = "The job is completed or cancelled")
    public RestResponse<ScheduleView> set(@PathParam("jobRequestId") UUID id,
                                          @BeanParam IfMatchHeader ifMatch,
                                          @Valid @NotNull NewSchedule schedule) {
        return VersionTag.ok(schedules.set(id, ifMatch.required(), schedule));
    }
}
