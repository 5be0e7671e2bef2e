package agency.suits.gateway.proxy;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/**
 * The id that ties one call together across the gateway and the services' logs. A caller may bring
 * its own; otherwise the gateway makes one. Either way it goes upstream and back to the caller.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";

    private static final String CONTEXT_KEY = RequestId.class.getName();

    /** Ids end up in log lines and headers: accept only short, plain tokens, replace anything else. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {
    }

    public static String of(RoutingContext ctx) {
        String id = ctx.get(CONTEXT_KEY);
        if (id == null) {
            String offered = ctx.request().getHeader(HEADER);
            id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            ctx.put(CONTEXT_KEY, id);
        }
        return id;
    }
}
