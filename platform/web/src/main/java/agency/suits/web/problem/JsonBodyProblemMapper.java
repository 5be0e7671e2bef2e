package agency.suits.web.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Wrong types, unknown and read-only fields. Quarkus REST throws these Jackson exceptions as they are (malformed JSON
 * arrives wrapped in a 400 WebApplicationException and is handled by {@link HttpProblemMapper}).
 */
public class JsonBodyProblemMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(MismatchedInputException e, UriInfo uriInfo) {
        return JsonBodyProblems.describe(e).at(RequestPath.of(uriInfo)).toResponse();
    }
}
