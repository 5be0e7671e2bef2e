package agency.suits.creative.support;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventPayload;
import agency.suits.events.Money;
import agency.suits.events.Topics;
import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.briefs.Deliverable;
import agency.suits.events.briefs.Mandatory;
import agency.suits.events.briefs.Milestone;
import agency.suits.testing.TopicProducer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the briefs-service events a creative job starts from, and publishes them as briefs-service would. */
public final class Briefs {

    public final UUID clientId = UUID.randomUUID();
    public final String jobNumber = "ACME-2026-" + ThreadLocalRandom.current().nextInt(100000, 1000000);
    public final UUID briefId = UUID.randomUUID();
    public final UUID mandatoryId = UUID.randomUUID();
    public final UUID bannerId = UUID.randomUUID();
    public final UUID posterId = UUID.randomUUID();
    private int includedRounds = 2;
    private LocalDate dueOn = LocalDate.now().plusDays(30);

    public static Briefs aBrief() {
        return new Briefs();
    }

    public Briefs includingRounds(int rounds) {
        this.includedRounds = rounds;
        return this;
    }

    public Briefs dueOn(LocalDate day) {
        this.dueOn = day;
        return this;
    }

    public BriefSubmitted submitted() {
        BriefSnapshot snapshot = new BriefSnapshot("Spring launch", "New range of bikes", "Awareness",
                List.of("Reach 1M"), "Urban commuters", "Traffic is stress", "Ride past the queue",
                List.of("Lightest frame"), "Playful", List.of(new Mandatory(mandatoryId, "Logo top right")),
                List.of(new Deliverable(bannerId, "Web banner", "HTML5", "300x250"),
                        new Deliverable(posterId, "Poster", "PDF", "A1")),
                List.of(new Milestone("First look", dueOn.minusDays(10)), new Milestone("Launch", dueOn)));
        return new BriefSubmitted(briefId, 1, UUID.randomUUID(), jobNumber, clientId, snapshot,
                Money.of("25000.00", "EUR"), includedRounds, UUID.randomUUID(), UUID.randomUUID(), Instant.now());
    }

    public BriefWithdrawn withdrawn(String reason) {
        return new BriefWithdrawn(briefId, jobNumber, clientId, reason, UUID.randomUUID(), Instant.now());
    }

    /** Publishes on the real suits.briefs topic; returns the envelope so a test can deliver it again. */
    public static String publish(EventPayload payload) {
        String value = EventJson.write(CloudEvent.of("/suits/briefs-service", payload));
        publishRaw(payload.subject(), value);
        return value;
    }

    public static void publishRaw(String key, String value) {
        TopicProducer.send(Topics.BRIEFS, key, value);
    }
}
