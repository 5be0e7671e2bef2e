package agency.suits.billing.payable;

import agency.suits.accounts.AccountAccess;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Scratch: a resource that checks access itself, which the template forbids. */
@Path("/api/scratch")
public class ScratchResource {

    private final AccountAccess access;

    ScratchResource(AccountAccess access) {
        this.access = access;
    }

    @GET
    public String who() {
        return access.staffId().toString();
    }
}
