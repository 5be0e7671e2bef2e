package agency.suits.creative.support;

import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.testing.events.JobEvents;

import java.time.LocalDate;
import java.util.UUID;

/** A brief of a client of its own, as briefs-service submits and withdraws it ({@link JobEvents}). */
public final class Briefs {

    public final UUID clientId = UUID.randomUUID();
    public final String jobNumber = JobEvents.newJobNumber();
    private final JobEvents.SubmittedBrief brief = JobEvents.brief(jobNumber, clientId);
    public final UUID briefId = brief.briefId;
    public final UUID mandatoryId = brief.mandatoryId;
    public final UUID bannerId = brief.bannerId;
    public final UUID posterId = brief.posterId;

    public static Briefs aBrief() {
        return new Briefs();
    }

    public Briefs includingRounds(int rounds) {
        brief.includingRounds(rounds);
        return this;
    }

    public Briefs dueOn(LocalDate day) {
        brief.dueOn(day);
        return this;
    }

    public BriefSubmitted submitted() {
        return brief.submitted();
    }

    public BriefWithdrawn withdrawn(String reason) {
        return brief.withdrawn(reason);
    }
}
