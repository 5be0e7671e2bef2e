package agency.suits.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import agency.suits.gateway.stub.Callers;
import agency.suits.gateway.stub.StubServices;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With traces on, the service is asked within the caller's trace: the forwarded traceparent carries its id. */
@QuarkusTest
@WithTestResource(StubServices.class)
@TestProfile(TraceForwardingTest.TracesOn.class)
class TraceForwardingTest {

    public static class TracesOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    static class RecordedSpans {
        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @BeforeAll
    static void signIn() {
        Callers.signedIn();
    }

    @Test
    void forwardsTheTraceOfTheCallersRequest() throws Exception {
        String traceparent = given().when().get("/api/clients/c-9")
                .then().statusCode(200)
                .extract().path("headers.traceparent");

        assertThat(traceparent, matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        String traceId = traceparent.split("-")[1];
        long deadline = System.currentTimeMillis() + 10_000;
        while (spans.getFinishedSpanItems().stream().noneMatch(span -> span.getKind() == SpanKind.SERVER)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER).map(span -> span.getTraceId()).toList()
                .contains(traceId), equalTo(true));
    }
}
