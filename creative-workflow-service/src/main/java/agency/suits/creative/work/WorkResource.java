package agency.suits.creative.work;

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
    @Operation(operationId = "listCreativeWork", summary = "What waits for the caller in creative-workflow-service now",
            description = "The steps of creative rounds that wait on the caller: internal reviews (creative director),"
                    + " strategy checks (the team's planner), presentations and client feedback to record (account"
                    + " services on the team), oldest first. The gateway merges this part into GET /api/me/work; see"
                    + " docs/work-list.md.")
    public WorkList mine() {
        return work.mine();
    }
}
