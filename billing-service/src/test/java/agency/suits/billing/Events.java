package agency.suits.billing;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventPayload;
import agency.suits.events.Money;
import agency.suits.events.Topics;
import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.Deliverable;
import agency.suits.events.briefs.Milestone;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.creative.WorkVersionRef;
import agency.suits.testing.TopicProducer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data: events as the other services publish them, on the real broker. */
public final class Events {

    private static final AtomicInteger JOBS = new AtomicInteger(
            100000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(800000));

    private Events() {
    }

    /** A job number no other test uses. */
    public static String newJobNumber() {
        return "ACME-2026-" + JOBS.incrementAndGet();
    }

    public static BriefSubmitted briefSubmitted(String jobNumber, UUID clientId, String budget, String currency) {
        BriefSnapshot snapshot = new BriefSnapshot("Spring launch", "Background", "Objective", List.of("Reach"),
                "Young parents", "Insight", "One thing", List.of("Because"), "Warm", List.of(),
                List.of(new Deliverable(UUID.randomUUID(), "Poster", "A2", "CMYK")),
                List.of(new Milestone("Launch", LocalDate.of(2026, 12, 1))));
        return new BriefSubmitted(UUID.randomUUID(), 1, UUID.randomUUID(), jobNumber, clientId, snapshot,
                Money.of(budget, currency), 2, UUID.randomUUID(), UUID.randomUUID(), Instant.now());
    }

    public static RevisionLimitExceeded revisionLimitExceeded(String jobNumber, UUID clientId, int round) {
        return new RevisionLimitExceeded(UUID.randomUUID(), jobNumber, clientId, round, round - 1, Instant.now());
    }

    public static CreativeApproved creativeApproved(String jobNumber, UUID clientId) {
        return new CreativeApproved(UUID.randomUUID(), jobNumber, clientId, UUID.randomUUID(), 2, 2,
                List.of(new WorkVersionRef(UUID.randomUUID(), UUID.randomUUID(), 1, "Poster v1")), UUID.randomUUID(),
                Instant.now());
    }

    /** Publishes the event in its envelope, as its owning service's relay would; answers the envelope JSON. */
    public static String publish(String source, EventPayload payload) {
        String json = EventJson.write(CloudEvent.of(source, payload));
        TopicProducer.send(payload.eventType().topic(), payload.subject(), json);
        return json;
    }

    public static String publishBrief(BriefSubmitted brief) {
        return publish("/suits/briefs-service", brief);
    }

    /** Sends the very same envelope again (same event id), as a redelivery would. */
    public static void redeliver(String topic, String key, String envelopeJson) {
        TopicProducer.send(topic, key, envelopeJson);
    }

    public static String creativeSource() {
        return "/suits/creative-workflow-service";
    }

    public static String briefsTopic() {
        return Topics.BRIEFS;
    }
}
