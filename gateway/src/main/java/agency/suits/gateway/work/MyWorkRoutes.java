package agency.suits.gateway.work;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import agency.suits.gateway.compose.Composition;
import agency.suits.gateway.compose.ServiceAnswer;
import agency.suits.gateway.proxy.RequestId;
import agency.suits.gateway.upstream.UpstreamService;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/me/work}: asks each service that keeps work for people for the caller's part at once and merges
 * what came within {@link WorkConfig#timeout()}.
 */
@ApplicationScoped
public class MyWorkRoutes {

    public static final String PATH = "/api/me/work";

    /**
     * The services with something that waits for a person. clients-service is not asked: what it tells people
     * (notifications) has its own list at /api/me/notifications, and nothing of its own waits for an action.
     */
    static final List<UpstreamService> PARTS = List.of(UpstreamService.BRIEFS, UpstreamService.CREATIVE,
            UpstreamService.BILLING);

    /** Before the route table's catch-all /api route, after the edge's checks. */
    private static final int ORDER = -10;

    private static final Logger LOG = Logger.getLogger(MyWorkRoutes.class);

    private final Composition composition;
    private final WorkConfig config;

    MyWorkRoutes(Composition composition, WorkConfig config) {
        this.composition = composition;
        this.config = config;
    }

    void mount(@Observes Router router) {
        router.route(PATH).order(ORDER).handler(this::work);
    }

    void work(RoutingContext ctx) {
        if (!Composition.readOnly(ctx)) {
            return;
        }
        Map<UpstreamService, String> paths = new LinkedHashMap<>();
        PARTS.forEach(service -> paths.put(service, PATH));
        composition.ask(ctx, paths, config.timeout()).onSuccess(answers -> {
            List<WorkPart> parts = answers.stream().map(MyWorkRoutes::part).toList();
            parts.stream().filter(part -> !part.available()).forEach(part -> LOG.warnf(
                    "[%s] work list without %s: %s", RequestId.of(ctx), part.service(), part.detail()));
            Composition.answer(ctx, MyWork.of(parts));
        });
    }

    private static WorkPart part(ServiceAnswer answer) {
        String name = answer.serviceName();
        if (!answer.arrived()) {
            return WorkPart.unavailable(name, answer.detail());
        }
        if (answer.status() != 200) {
            return WorkPart.unavailable(name, name + " answered " + answer.status() + ".");
        }
        try {
            JsonArray items = answer.body().toJsonObject().getJsonArray("items");
            return items == null ? WorkPart.unavailable(name, name + " answered without items.")
                    : WorkPart.answered(name, items);
        } catch (RuntimeException unreadable) {
            return WorkPart.unavailable(name, name + " answered something that is not a work list.");
        }
    }
}
