package agency.suits.web.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two writers changed the same row at the same moment and the later commit lost on the row's version. That is the
 * caller's conflict to resolve by reading again, never a server error. A caller who sent If-Match had a precondition
 * that no longer holds (412, the same answer as a stale If-Match); one who sent none gets a plain 409.
 */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(OptimisticLockException lost, UriInfo uriInfo, HttpHeaders headers) {
        String again = "Someone else changed this resource at the same moment; read it again and reapply your change";
        Problem problem = headers.getHeaderString(HttpHeaders.IF_MATCH) != null
                ? new PreconditionFailedProblem(again).toProblem()
                : Problem.of(ProblemType.CONFLICT, again);
        return problem.at(RequestPath.of(uriInfo)).toResponse();
    }
}
