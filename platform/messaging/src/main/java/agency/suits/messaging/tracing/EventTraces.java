package agency.suits.messaging.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * Carries a trace across the outbox and Kafka: the request's trace context (W3C {@code traceparent} and
 * {@code tracestate}) is stored with the outbox row, sent as Kafka headers beside the CloudEvent, and restored by the
 * inbox, whose span around each handler is then a child of the request that caused the event. With tracing off (the
 * SDK disabled, the default) the context is empty and nothing is stored.
 */
@Singleton
public class EventTraces {

    private static final String INSTRUMENTATION = "agency.suits.messaging";

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final OpenTelemetry telemetry;
    private final Tracer tracer;

    EventTraces(OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer(INSTRUMENTATION);
    }

    /** The current trace context as headers to store with an outbox row; empty when no trace is being recorded. */
    public Map<String, String> current() {
        Map<String, String> context = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), context, Map::put);
        return context;
    }

    /** A consumer span for one record, child of the trace its headers carry (a new trace when they carry none). */
    public Span consuming(ConsumerRecord<String, String> record, String consumer) {
        Context parent = telemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), record.headers(), KAFKA_HEADERS);
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.kafka.message.key", record.key() == null ? "" : record.key())
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
    }
}
