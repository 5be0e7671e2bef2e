package agency.suits.clients.staff;

import agency.suits.security.CurrentStaff;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final CurrentStaff currentStaff;

    StaffResource(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
    }

    /** Who the token says the caller is: what every client shows after sign-in. */
    @GET
    @Path("me")
    public SignedInStaff me() {
        return SignedInStaff.of(currentStaff);
    }
}
