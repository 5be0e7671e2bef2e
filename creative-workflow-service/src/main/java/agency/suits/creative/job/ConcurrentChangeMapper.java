package agency.suits.creative.job;

import agency.suits.web.problem.ConflictProblem;
import agency.suits.web.problem.RequestPath;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two people acting on one job at the same moment: the second loses the optimistic lock. That is a conflict to
 * retry after reading the job again, not a server error.
 */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper
    public Response map(OptimisticLockException e, UriInfo uriInfo) {
        return new ConflictProblem("The creative job changed while this request ran; read it again and retry")
                .toProblem().at(RequestPath.of(uriInfo)).toResponse();
    }
}
