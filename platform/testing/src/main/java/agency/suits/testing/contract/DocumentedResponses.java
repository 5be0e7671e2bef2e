package agency.suits.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every answer of an {@code /api} call made with REST Assured against the OpenAPI document of the service that
 * gave it: status, media type, body and headers as documented, or the test fails naming what differs. Installed
 * once per test JVM (platform/testing's {@code RealInfrastructure} does it), so every existing HTTP test of every
 * service also checks that the document tells the truth. Requests are not checked: tests send wrong ones on purpose.
 */
public final class DocumentedResponses implements Filter {

    private static final DocumentedResponses INSTANCE = new DocumentedResponses();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, OpenApiValidationFilter> byService = new ConcurrentHashMap<>();

    private DocumentedResponses() {
    }

    /** Adds the check to REST Assured's default filters, once. */
    public static synchronized void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        URI uri = URI.create(request.getURI());
        if (uri.getPath() == null || !uri.getPath().startsWith("/api/") || Boolean.getBoolean("suits.contract.off")) {
            return context.next(request, response);
        }
        String service = uri.getScheme() + "://" + uri.getAuthority();
        return byService.computeIfAbsent(service, DocumentedResponses::validatorFor)
                .filter(request, response, context);
    }

    private static OpenApiValidationFilter validatorFor(String service) {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(document(service))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        return new OpenApiValidationFilter(validator);
    }

    private static String document(String service) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(service + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> answer = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(service + "/q/openapi answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the OpenAPI document of " + service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
