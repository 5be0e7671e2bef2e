package agency.suits.clients.webhook;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.WebhookPermission;
import agency.suits.clients.client.Client;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.EventType;
import agency.suits.persistence.ListQuery;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Subscriptions and their delivery log, for admins: register, pause, resume, remove, read the log, replay. */
@ApplicationScoped
@Transactional
public class WebhookService {

    @Inject ClientAccess access;
    @Inject AgencyClock clock;
    @Inject TargetPolicy targets;
    @Inject DeliverySchedule schedule;

    public RegisteredWebhookSubscription register(NewWebhookSubscription request) {
        access.require(WebhookPermission.MANAGE_WEBHOOKS);
        List<Violation> violations = new ArrayList<>();
        targets.refusal(request.targetUrl().strip())
                .ifPresent(why -> violations.add(new Violation("targetUrl", why)));
        for (int i = 0; i < request.eventTypes().size(); i++) {
            String type = request.eventTypes().get(i).strip();
            if (EventType.forType(type).isEmpty()) {
                violations.add(new Violation("eventTypes[" + i + "]", "is not in the event catalog; the types are "
                        + Arrays.stream(EventType.values()).map(EventType::type).collect(Collectors.joining(", "))));
            }
        }
        if (request.clientId() != null && Client.findById(request.clientId()) == null) {
            violations.add(new Violation("clientId", "is not a client"));
        }
        if (!violations.isEmpty()) {
            throw new RuleBroken("The subscription cannot be registered", violations);
        }
        Instant now = clock.now();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.targetUrl = request.targetUrl().strip();
        subscription.eventTypes = request.eventTypes().stream().map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new));
        subscription.clientId = request.clientId();
        subscription.description = request.description();
        subscription.secret = WebhookSignature.newSecret();
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdBy = access.staffId();
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscription.persist();
        return new RegisteredWebhookSubscription(WebhookSubscriptionView.of(subscription), subscription.secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookSubscriptionView> list(SubscriptionStatus status, PageRequest page) {
        access.require(WebhookPermission.MANAGE_WEBHOOKS);
        ListQuery query = ListQuery.everything().and("status", status);
        return ListQuery.page(WebhookSubscription.<WebhookSubscription>find(query.where(), query.sort(page),
                query.parameters()), page).map(WebhookSubscriptionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscriptionView get(UUID id) {
        access.require(WebhookPermission.MANAGE_WEBHOOKS);
        return WebhookSubscriptionView.of(find(id, LockModeType.NONE));
    }

    /** Removes the subscription and its delivery log; deliveries in hand finish, none is made afterwards. */
    public void remove(UUID id) {
        access.require(WebhookPermission.MANAGE_WEBHOOKS);
        find(id, LockModeType.PESSIMISTIC_WRITE).delete();
    }

    /** Holds its deliveries (events keep being recorded for it) until an admin resumes it. */
    public WebhookSubscriptionView pause(UUID id) {
        access.require(WebhookPermission.MANAGE_WEBHOOKS);
        WebhookSubscription subscription = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription.status != SubscriptionStatus.PAUSED) {
            subscription.status = SubscriptionStatus.PAUSED;
            subscription.pausedReason = "Paused by an admin";
            subscription.pausedAt = clock.now();
            subscription.updatedAt = subscription.pausedAt;
        }
        return WebhookSubscriptionView.of(subscription);
    }

    /** Sends again, starting with what waited while it was paused, each given the full time to be tried anew. */
    public WebhookSubscriptionView resume(UUID id) {
        access.require(WebhookPermission.MANAGE_WEBHOOKS);
        WebhookSubscription subscription = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription.status != SubscriptionStatus.ACTIVE) {
            Instant now = clock.now();
            subscription.status = SubscriptionStatus.ACTIVE;
            subscription.consecutiveFailures = 0;
            subscription.pausedReason = null;
            subscription.pausedAt = null;
            subscription.updatedAt = now;
            WebhookDelivery.update("nextAttemptAt = ?1, giveUpAt = ?2 where subscriptionId = ?3 and status = ?4",
                    now, schedule.giveUpAt(now), id, DeliveryStatus.PENDING);
        }
        return WebhookSubscriptionView.of(subscription);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDeliveryView> deliveries(UUID id, DeliveryStatus status, PageRequest page) {
        access.require(WebhookPermission.MANAGE_WEBHOOKS);
        find(id, LockModeType.NONE);
        ListQuery query = ListQuery.everything().and("subscriptionId", id).and("status", status);
        return ListQuery.page(WebhookDelivery.<WebhookDelivery>find(query.where(), query.sort(page),
                query.parameters()), page).map(WebhookDeliveryView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookDeliveryDetail delivery(UUID id, UUID deliveryId) {
        access.require(WebhookPermission.MANAGE_WEBHOOKS);
        WebhookDelivery delivery = findDelivery(id, deliveryId, LockModeType.NONE);
        List<WebhookAttemptView> attempts = WebhookAttempt.<WebhookAttempt>find("deliveryId", Sort.by("attemptedAt")
                .and("id"), deliveryId).stream().map(WebhookAttemptView::of).toList();
        return new WebhookDeliveryDetail(WebhookDeliveryView.of(delivery), attempts);
    }

    /**
     * Sends the same CloudEvent again (same bytes, same delivery id, so a receiver that keeps ids sees a repeat), as
     * soon as the subscription is active; its earlier tries stay in the log.
     */
    public WebhookDeliveryView replay(UUID id, UUID deliveryId) {
        access.require(WebhookPermission.MANAGE_WEBHOOKS);
        WebhookDelivery delivery = findDelivery(id, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.giveUpAt = schedule.giveUpAt(now);
        delivery.leaseUntil = null;
        delivery.deliveredAt = null;
        return WebhookDeliveryView.of(delivery);
    }

    private static WebhookSubscription find(UUID id, LockModeType lock) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id, lock)
                .orElseThrow(() -> NotFoundProblem.of("Webhook subscription", id));
    }

    private static WebhookDelivery findDelivery(UUID id, UUID deliveryId, LockModeType lock) {
        find(id, LockModeType.NONE);
        return WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId, lock)
                .filter(delivery -> delivery.subscriptionId.equals(id))
                .orElseThrow(() -> NotFoundProblem.of("Webhook delivery", deliveryId));
    }
}
