package agency.suits.web.problem;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The problems services throw on purpose: not found, conflict, precondition, forbidden, unprocessable. */
public class DomainProblemMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(ProblemException problem, UriInfo uriInfo) {
        return problem.toProblem().at(RequestPath.of(uriInfo)).toResponse();
    }
}
