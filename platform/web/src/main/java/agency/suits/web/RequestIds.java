package agency.suits.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties one call together across the gateway and the services: taken from {@code X-Request-Id} (the
 * gateway always sends one) or made here, put in the logging context so that every log line of the request carries
 * it ({@code %X{requestId}}, and a field of its own in JSON logs), sent back on the answer and named in problem bodies.
 * Quarkus keeps the logging context on the request's Vert.x context, so it follows the request onto worker threads.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Ids end up in log lines and headers: only short, plain tokens are taken, anything else is replaced. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(RequestIds::tag);
    }

    private static void tag(RoutingContext request) {
        String offered = request.request().getHeader(HEADER);
        String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        request.response().putHeader(HEADER, id);
        request.next();
    }

    /** The id of the request being answered, or null outside a request (a consumer, a scheduled job). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
