package agency.suits.web.problem;

import agency.suits.domain.DomainException;
import agency.suits.domain.NotPermitted;
import agency.suits.domain.WrongState;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The refusals services make on purpose. HTTP problems (not found, preconditions, parameters) carry their own status;
 * a domain rule's refusal is 403 when the caller may not, 409 when the thing's state does not allow it, 422 when the
 * request breaks a rule.
 */
public class DomainProblemMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(ProblemException problem, UriInfo uriInfo) {
        return problem.toProblem().at(RequestPath.of(uriInfo)).toResponse();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(DomainException refusal, UriInfo uriInfo) {
        return problemOf(refusal).at(RequestPath.of(uriInfo)).toResponse();
    }

    static Problem problemOf(DomainException refusal) {
        ProblemType type = refusal instanceof NotPermitted ? ProblemType.FORBIDDEN
                : refusal instanceof WrongState ? ProblemType.CONFLICT
                : ProblemType.UNPROCESSABLE;
        return Problem.of(type, refusal.getMessage())
                .withErrors(refusal.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList())
                .withAllowedActions(refusal.allowedActions());
    }
}
