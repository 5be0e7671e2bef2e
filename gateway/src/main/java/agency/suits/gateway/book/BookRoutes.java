package agency.suits.gateway.book;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import agency.suits.gateway.compose.Composition;
import agency.suits.gateway.compose.ServiceAnswer;
import agency.suits.gateway.problem.Problem;
import agency.suits.gateway.problem.Problems;
import agency.suits.gateway.proxy.RequestId;
import agency.suits.gateway.upstream.UpstreamService;
import agency.suits.gateway.work.WorkConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/book}: composed here from the three services that own its figures, asked at once with the
 * caller's token, rather than kept as a read model fed by events: each figure stays where its rules live and is as
 * fresh as the service's own views, and nothing new has to be kept in step. clients-service's part is the list of
 * accounts itself: without it (or when it fails) there is no book (503), and its refusals (403, 400) are the
 * caller's answer as they are. Without creative's or billing's part the book still comes, partial.
 */
@ApplicationScoped
public class BookRoutes {

    public static final String PATH = "/api/book";

    /** Before the route table's catch-all /api route, after the edge's checks. */
    private static final int ORDER = -10;

    private static final Logger LOG = Logger.getLogger(BookRoutes.class);

    private final Composition composition;
    private final WorkConfig config;

    BookRoutes(Composition composition, WorkConfig config) {
        this.composition = composition;
        this.config = config;
    }

    void mount(@Observes Router router) {
        router.route(PATH).order(ORDER).handler(this::book);
    }

    void book(RoutingContext ctx) {
        if (!Composition.readOnly(ctx)) {
            return;
        }
        String query = ctx.request().query();
        Map<UpstreamService, String> paths = new LinkedHashMap<>();
        // the narrowing and the order are the accounts' own; the figures come for the caller's whole book
        paths.put(UpstreamService.CLIENTS, query == null ? PATH : PATH + "?" + query);
        paths.put(UpstreamService.CREATIVE, PATH);
        paths.put(UpstreamService.BILLING, PATH);
        composition.ask(ctx, paths, config.timeout()).onSuccess(answers -> answer(ctx, answers));
    }

    private void answer(RoutingContext ctx, List<ServiceAnswer> answers) {
        ServiceAnswer clients = answers.get(0);
        if (!clients.arrived() || clients.status() >= 500) {
            String detail = clients.arrived() ? "clients-service answered " + clients.status() + "." : clients.detail();
            LOG.warnf("[%s] no book: %s", RequestId.of(ctx), detail);
            ctx.response().putHeader("Retry-After", "1");
            Problems.send(ctx, new Problem("book-unavailable", "The book is unavailable", 503, "The book's accounts "
                    + "come from clients-service: " + detail + " Try again shortly.", ctx.request().path(),
                    RequestId.of(ctx)));
            return;
        }
        if (clients.status() != 200) {
            relay(ctx, clients);
            return;
        }
        JsonArray unavailable = new JsonArray();
        JsonArray accounts = accounts(clients, unavailable);
        if (accounts == null) {
            Problems.send(ctx, new Problem("book-unavailable", "The book is unavailable", 503,
                    "clients-service answered something that is not a book.", ctx.request().path(),
                    RequestId.of(ctx)));
            return;
        }
        JsonArray jobs = accounts(answers.get(1), unavailable);
        JsonArray money = accounts(answers.get(2), unavailable);
        unavailable.stream().forEach(part -> LOG.warnf("[%s] book without %s", RequestId.of(ctx), part));
        Composition.answer(ctx, Book.of(accounts, jobs, money, unavailable));
    }

    /** A part's accounts, or null with the reason added to {@code unavailable}. */
    private static JsonArray accounts(ServiceAnswer answer, JsonArray unavailable) {
        String name = answer.serviceName();
        String missing;
        if (!answer.arrived()) {
            missing = answer.detail();
        } else if (answer.status() != 200) {
            missing = name + " answered " + answer.status() + ".";
        } else {
            try {
                JsonArray accounts = answer.body().toJsonObject().getJsonArray("accounts");
                if (accounts != null) {
                    return accounts;
                }
                missing = name + " answered without accounts.";
            } catch (RuntimeException unreadable) {
                missing = name + " answered something that is not its part of the book.";
            }
        }
        unavailable.add(new JsonObject().put("service", name).put("detail", missing));
        return null;
    }

    /** clients-service's refusal, as it gave it: the caller's answer is its (403 for a role, 400 for a parameter). */
    private static void relay(RoutingContext ctx, ServiceAnswer refusal) {
        String type = refusal.status() >= 400 ? Problem.MEDIA_TYPE : "application/json";
        ctx.response().setStatusCode(refusal.status()).putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader(RequestId.HEADER, RequestId.of(ctx)).end(refusal.body());
    }
}
