package agency.suits.briefs.work;

import agency.suits.web.work.WorkList;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(WorkList.PATH)
@Tag(name = WorkList.TAG, description = WorkList.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {

    @Inject WorkService work;

    @GET
    @Operation(operationId = "listBriefsWork", summary = "What waits for the caller in briefs-service now",
            description = "Briefs to approve, brief sections the planner must write, job requests without a brief"
                    + " and (traffic) overdue milestones, oldest first. The gateway merges this part into"
                    + " GET /api/me/work; see docs/work-list.md.")
    public WorkList mine() {
        return work.mine();
    }
}
