package agency.suits.web.problem;

import agency.suits.web.RequestIds;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.UUID;

/**
 * The last resort: anything no other mapper knows is our fault. The client gets a 500 problem with a correlation id
 * and no stack trace; the log gets the stack trace under the same id.
 */
public class UnexpectedProblemMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class);

    @ServerExceptionMapper
    public Response map(Throwable failure, UriInfo uriInfo) {
        String path = RequestPath.of(uriInfo);
        if (failure instanceof IOException) {
            // reading the request failed: the client went away or sent less than it announced
            LOG.debugf(failure, "Could not read the request to %s", path);
            return Problem.ofStatus(400, "The request could not be read").at(path).toResponse();
        }
        // the request id when there is one: the same id the gateway logged and the caller was given
        String correlationId = RequestIds.current() != null ? RequestIds.current() : UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure [correlation id %s] answering %s", correlationId, path);
        return Problem.of(ProblemType.INTERNAL_ERROR,
                        "Something went wrong on our side; quote the correlation id when reporting it")
                .withCorrelationId(correlationId).at(path).toResponse();
    }
}
