package agency.suits.clients.webhook;

import agency.suits.clients.ClientsConfig;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.RowLock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Sends the deliveries that are due, a batch at a time, side by side, outside any transaction. A delivery is taken
 * in hand with a lease (rows locked with SKIP LOCKED, so several instances share the queue without sending one
 * twice at the same time); an instance that dies mid-send leaves a lease that runs out, and the delivery is sent
 * again. Receivers get each event at least once and recognise a repeat by its delivery id or CloudEvent id.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    private static final int ERROR_LENGTH = 500;

    @Inject ClientsConfig config;
    @Inject TargetPolicy targets;
    @Inject DeliverySchedule schedule;
    @Inject AgencyClock clock;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            // a redirect could lead to an address the target policy refuses; receivers answer where they are
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Scheduled(identity = "webhook-deliveries", every = "${suits.clients.webhooks.dispatch-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        int batchSize = config.webhooks().batchSize();
        int sent;
        do {
            sent = sendDue(batchSize);
        } while (sent == batchSize);
    }

    private int sendDue(int batchSize) {
        List<Outgoing> batch = QuarkusTransaction.requiringNew().call(() -> claim(batchSize));
        List<CompletableFuture<Tried>> tries = batch.stream().map(this::send).toList();
        for (CompletableFuture<Tried> attempt : tries) {
            Tried tried = attempt.join();
            try {
                QuarkusTransaction.requiringNew().run(() -> record(tried));
            } catch (RuntimeException failure) {
                // its lease runs out and it is sent again: at least once, never lost
                LOG.warnf("Could not record the try of webhook delivery %s: %s", tried.deliveryId(), failure);
            }
        }
        return batch.size();
    }

    private List<Outgoing> claim(int batchSize) {
        Instant now = clock.now();
        List<WebhookDelivery> due = WebhookDelivery.<WebhookDelivery>find("status = ?1 and nextAttemptAt <= ?2 "
                                + "and (leaseUntil is null or leaseUntil < ?2) and subscriptionId in "
                                + "(select s.id from WebhookSubscription s where s.status = ?3)",
                        Sort.by("nextAttemptAt"), DeliveryStatus.PENDING, now, SubscriptionStatus.ACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .page(0, batchSize).list();
        Instant leaseUntil = now.plus(config.webhooks().requestTimeout().multipliedBy(2)).plusSeconds(30);
        return due.stream().map(delivery -> {
            delivery.leaseUntil = leaseUntil;
            WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
            return new Outgoing(delivery.id, subscription.targetUrl, subscription.secret,
                    delivery.body.getBytes(StandardCharsets.UTF_8));
        }).toList();
    }

    private CompletableFuture<Tried> send(Outgoing outgoing) {
        long started = System.nanoTime();
        Optional<String> refusal = targets.refusal(outgoing.targetUrl());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(
                    new Tried(outgoing.deliveryId(), null, 0, "target " + refusal.get()));
        }
        long timestamp = clock.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(outgoing.targetUrl()))
                .timeout(config.webhooks().requestTimeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", "Suits-Webhooks/1")
                .header(WebhookSignature.ID_HEADER, outgoing.deliveryId().toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(outgoing.secret(), timestamp, outgoing.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(outgoing.body()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
                    if (failure != null) {
                        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                        return new Tried(outgoing.deliveryId(), null, latency, cause.toString());
                    }
                    int status = response.statusCode();
                    return new Tried(outgoing.deliveryId(), status, latency,
                            status / 100 == 2 ? null : "the receiver answered " + status);
                });
    }

    /**
     * The subscription is locked before the delivery, in the order an admin's resume takes them. The delivery was
     * read to find its subscription, so its lock reloads it ({@link RowLock}): a replay committed meanwhile stands.
     */
    private void record(Tried tried) {
        WebhookDelivery unlocked = WebhookDelivery.findById(tried.deliveryId());
        if (unlocked == null) {
            return;
        }
        WebhookSubscription subscription = WebhookSubscription.findById(unlocked.subscriptionId,
                LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null) {
            return;
        }
        WebhookDelivery delivery = RowLock.reload(WebhookDelivery.getEntityManager(), unlocked);
        Instant now = clock.now();
        String error = tried.error() == null ? null : truncated(tried.error());
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = now;
        attempt.statusCode = tried.statusCode();
        attempt.latencyMs = tried.latencyMs();
        attempt.error = error;
        attempt.persist();
        delivery.attempts++;
        delivery.lastStatusCode = tried.statusCode();
        delivery.lastLatencyMs = tried.latencyMs();
        delivery.lastError = error;
        delivery.leaseUntil = null;
        if (error == null) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
            subscription.consecutiveFailures = 0;
            return;
        }
        if (schedule.givesUp(delivery.giveUpAt, now, delivery.attempts)) {
            delivery.status = DeliveryStatus.FAILED;
        } else {
            delivery.nextAttemptAt = now.plus(schedule.waitAfter(delivery.attempts));
        }
        subscription.consecutiveFailures++;
        if (subscription.status == SubscriptionStatus.ACTIVE && schedule.pauses(subscription.consecutiveFailures)) {
            subscription.status = SubscriptionStatus.PAUSED;
            subscription.pausedAt = now;
            subscription.updatedAt = now;
            subscription.pausedReason = truncated("Paused after " + subscription.consecutiveFailures
                    + " failed tries in a row; the last: " + error);
            LOG.warnf("Webhook subscription %s paused: %s", subscription.id, subscription.pausedReason);
        }
    }

    private static String truncated(String text) {
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }

    private record Outgoing(UUID deliveryId, String targetUrl, String secret, byte[] body) {
    }

    private record Tried(UUID deliveryId, Integer statusCode, long latencyMs, String error) {
    }
}
