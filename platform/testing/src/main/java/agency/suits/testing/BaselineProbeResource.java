package agency.suits.testing;

import agency.suits.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The endpoint {@link ServiceBaselineTest} drives, in every service's test app: this library carries a Jandex index,
 * so Quarkus finds the resource on the test classpath and no service ships it. Hidden from the OpenAPI document, which
 * describes what a service ships.
 */
@Path(ServiceBaselineTest.PROBE_PATH)
public class BaselineProbeResource {

    public record Probe(@NotBlank String name, @Min(0) int rounds) {
    }

    @POST
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<Probe> register(@Valid @NotNull Probe probe, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, 1, probe);
    }

    @DELETE
    @Operation(hidden = true)
    @RolesAllowed("ADMIN")
    public void remove() {
    }
}
