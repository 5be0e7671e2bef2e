package agency.suits.gateway.compose;

import agency.suits.gateway.upstream.UpstreamService;
import io.vertx.core.buffer.Buffer;

/**
 * One service's answer to a request the gateway composes from several, or why there is none.
 *
 * @param service the service asked
 * @param status  the status it answered; 0 when it did not answer
 * @param body    what it answered; null when it did not answer
 * @param detail  why it did not answer, as a caller may read it; null when it answered
 */
public record ServiceAnswer(UpstreamService service, int status, Buffer body, String detail) {

    static ServiceAnswer answered(UpstreamService service, int status, Buffer body) {
        return new ServiceAnswer(service, status, body, null);
    }

    static ServiceAnswer missing(UpstreamService service, String detail) {
        return new ServiceAnswer(service, 0, null, detail);
    }

    public boolean arrived() {
        return detail == null;
    }

    public String serviceName() {
        return service.serviceName();
    }
}
