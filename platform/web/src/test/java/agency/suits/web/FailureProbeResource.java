package agency.suits.web;

import agency.suits.domain.WrongState;
import agency.suits.domain.Violation;
import agency.suits.domain.NotPermitted;
import agency.suits.domain.RuleBroken;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** A test-only resource failing on purpose, the way domain code will. */
@Path("/probe/failures")
@Produces(MediaType.APPLICATION_JSON)
public class FailureProbeResource {

    @POST
    @Path("conflict")
    public void conflict() {
        throw new WrongState("Brief B-7 is already submitted", "withdraw", "view");
    }

    @POST
    @Path("forbidden")
    public void forbidden() {
        throw new NotPermitted("You created this estimate, so someone else must approve it");
    }

    @POST
    @Path("unprocessable")
    public void unprocessable() {
        throw new RuleBroken("The brief is not complete",
                List.of(new Violation("insight", "must be written"), new Violation("tone", "must be written")));
    }

    @POST
    @Path("lost-race")
    public void lostRace() {
        throw new OptimisticLockException("row was updated or deleted by another transaction");
    }

    @GET
    @Path("bug")
    public String bug() {
        throw new IllegalStateException("connection pool secret-host:5432 exhausted");
    }

    @GET
    @Path("broken-promise")
    @NotNull
    public String brokenPromise() {
        return null;
    }
}
