package agency.suits.testing.events;

import agency.suits.events.Money;
import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.briefs.Deliverable;
import agency.suits.events.briefs.Mandatory;
import agency.suits.events.briefs.Milestone;
import agency.suits.events.briefs.ScheduleChanged;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.creative.WorkVersionRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The events of a job as briefs-service and creative-workflow-service publish them. */
public final class JobEvents {

    private JobEvents() {
    }

    /** A job number no other test uses, in the events' pattern. */
    public static String newJobNumber() {
        return "ACME-2026-" + ThreadLocalRandom.current().nextInt(100000, 1000000);
    }

    /** A submitted brief; start from {@link #brief(String, UUID)} and change what the test is about. */
    public static SubmittedBrief brief(String jobNumber, UUID clientId) {
        return new SubmittedBrief(jobNumber, clientId);
    }

    public static RevisionLimitExceeded revisionLimitExceeded(String jobNumber, UUID clientId, int round) {
        return new RevisionLimitExceeded(UUID.randomUUID(), jobNumber, clientId, round, round - 1, Instant.now());
    }

    /** Traffic's schedule of the job: one milestone per day given, in due order (none clears it). */
    public static ScheduleChanged scheduled(String jobNumber, UUID clientId, LocalDate... dueDays) {
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < dueDays.length; i++) {
            milestones.add(new Milestone("Milestone " + (i + 1), dueDays[i]));
        }
        return new ScheduleChanged(UUID.randomUUID(), jobNumber, clientId, milestones, UUID.randomUUID(),
                Instant.now());
    }

    public static CreativeApproved creativeApproved(String jobNumber, UUID clientId) {
        return new CreativeApproved(UUID.randomUUID(), jobNumber, clientId, UUID.randomUUID(), 2, 2,
                List.of(new WorkVersionRef(UUID.randomUUID(), UUID.randomUUID(), 1, "Poster v1")), UUID.randomUUID(),
                Instant.now());
    }

    /** Builds a BriefSubmitted with a complete snapshot: two deliverables, one mandatory, two milestones. */
    public static final class SubmittedBrief {

        public final UUID briefId = UUID.randomUUID();
        public final UUID mandatoryId = UUID.randomUUID();
        public final UUID bannerId = UUID.randomUUID();
        public final UUID posterId = UUID.randomUUID();
        private final String jobNumber;
        private final UUID clientId;
        private Money budget = Money.of("25000.00", "EUR");
        private int includedRounds = 2;
        private LocalDate dueOn = LocalDate.now().plusDays(30);

        private SubmittedBrief(String jobNumber, UUID clientId) {
            this.jobNumber = jobNumber;
            this.clientId = clientId;
        }

        public SubmittedBrief budget(String amount, String currency) {
            this.budget = Money.of(amount, currency);
            return this;
        }

        public SubmittedBrief includingRounds(int rounds) {
            this.includedRounds = rounds;
            return this;
        }

        public SubmittedBrief dueOn(LocalDate day) {
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
            return new BriefSubmitted(briefId, 1, UUID.randomUUID(), jobNumber, clientId, snapshot, budget,
                    includedRounds, UUID.randomUUID(), UUID.randomUUID(), Instant.now());
        }

        public BriefWithdrawn withdrawn(String reason) {
            return new BriefWithdrawn(briefId, jobNumber, clientId, reason, UUID.randomUUID(), Instant.now());
        }
    }
}
