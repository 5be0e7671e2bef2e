package agency.suits.security;

import agency.suits.web.problem.Problem;
import agency.suits.web.problem.ProblemType;
import agency.suits.web.problem.RequestPath;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json, in place of Quarkus' empty responses. Quarkus REST also routes authentication failures
 * of the HTTP permission check (before any resource is matched) through these mappers.
 */
public class SecurityProblemMapper {

    private static final Logger LOG = Logger.getLogger(SecurityProblemMapper.class);

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthorized(UnauthorizedException e, UriInfo uriInfo, HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        return Response.fromResponse(BearerChallenge.problem(RequestPath.of(uriInfo), authorization).toResponse())
                .header(BearerChallenge.WWW_AUTHENTICATE, BearerChallenge.header(authorization))
                .build();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uriInfo, HttpHeaders headers) {
        LOG.debugf(e, "Bearer token rejected on %s", RequestPath.of(uriInfo));
        return unauthorized(null, uriInfo, headers);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationIncomplete(AuthenticationCompletionException e, UriInfo uriInfo,
            HttpHeaders headers) {
        return unauthorized(null, uriInfo, headers);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException e, UriInfo uriInfo) {
        return Problem.of(ProblemType.FORBIDDEN, "Your roles do not allow this")
                .at(RequestPath.of(uriInfo)).toResponse();
    }
}
