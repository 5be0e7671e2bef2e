package agency.suits.briefs.web;

import agency.suits.web.problem.PreconditionFailedProblem;
import agency.suits.web.problem.RequestPath;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two writers who both passed the If-Match check with the same version: the later commit loses on the row's
 * version. For that writer it is the same as a stale If-Match, so it gets the same 412 rather than a 500.
 */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(OptimisticLockException conflict, UriInfo uriInfo) {
        return new PreconditionFailedProblem("Someone else changed this resource at the same moment; read it again"
                + " and reapply your change").toProblem().at(RequestPath.of(uriInfo)).toResponse();
    }
}
