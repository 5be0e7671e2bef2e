package agency.suits.billing.money;

import agency.suits.web.problem.RequestPath;
import agency.suits.web.problem.UnprocessableProblem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A broken money rule is the caller's input, never a 500: answered as the platform's 422 problem. */
public class MoneyProblems {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(MoneyException exception, UriInfo uriInfo) {
        return new UnprocessableProblem(exception.getMessage()).toProblem().at(RequestPath.of(uriInfo)).toResponse();
    }
}
