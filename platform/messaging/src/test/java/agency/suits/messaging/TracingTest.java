package agency.suits.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import agency.suits.events.Topics;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One request, one trace: the HTTP request that records an event, and the consumer that applies it after the relay
 * and the real broker carried it, share a trace, the consumer's span a child of the request's.
 */
@QuarkusTest
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theConsumersSpanJoinsTheTraceOfTheRequestThatRecordedTheEvent() throws Exception {
        UUID client = UUID.randomUUID();
        given().contentType("text/plain").body("traced " + client)
                .when().post("/probe/clients/" + client + "/name")
                .then().statusCode(200);

        SpanData request = await(span -> span.getKind() == SpanKind.SERVER
                && span.getName().contains("/probe/clients/{clientId}/name"), "the request's span");
        SpanData consumer = await(span -> span.getKind() == SpanKind.CONSUMER
                && span.getName().equals(Topics.CLIENTS + " process")
                && span.getTraceId().equals(request.getTraceId()), "the consumer's span in the request's trace");

        assertEquals(request.getSpanId(), consumer.getParentSpanId(), "the consumer's span is the request's child");
        assertEquals("APPLIED", consumer.getAttributes().asMap().entrySet().stream()
                .filter(attribute -> attribute.getKey().getKey().equals("suits.inbox.outcome"))
                .map(attribute -> String.valueOf(attribute.getValue())).findFirst().orElse(null));
    }

    private SpanData await(java.util.function.Predicate<SpanData> wanted, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<SpanData> finished = spans.getFinishedSpanItems();
            Optional<SpanData> found = finished.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(what + " never finished; spans: " + spans.getFinishedSpanItems().stream()
                .map(span -> span.getKind() + " " + span.getName()).toList());
    }
}
