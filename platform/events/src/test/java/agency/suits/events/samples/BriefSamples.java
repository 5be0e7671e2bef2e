package agency.suits.events.samples;

import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.briefs.JobRequestReceived;
import agency.suits.events.briefs.Milestone;
import agency.suits.events.briefs.RequestChannel;
import agency.suits.events.briefs.ScheduleChanged;

import java.time.LocalDate;
import java.util.List;

import static agency.suits.events.samples.Acme.ALICE_EXECUTIVE;
import static agency.suits.events.samples.Acme.BOB_SUPERVISOR;
import static agency.suits.events.samples.Acme.BRIEF_ID;
import static agency.suits.events.samples.Acme.CLIENT_ID;
import static agency.suits.events.samples.Acme.JOB_NUMBER;
import static agency.suits.events.samples.Acme.JOB_REQUEST_ID;
import static agency.suits.events.samples.Acme.at;
import static agency.suits.events.samples.Acme.eur;
import static agency.suits.events.samples.Acme.id;
import static agency.suits.events.samples.BriefBuilder.aBrief;

public final class BriefSamples {

    private BriefSamples() {
    }

    public static JobRequestReceived springLaunchRequested() {
        return new JobRequestReceived(JOB_REQUEST_ID, JOB_NUMBER, CLIENT_ID, "Spring launch film",
                "A 30s film and social cut-downs for the Roadrunner 2 launch.",
                List.of("30s film", "Social cut-downs"), LocalDate.parse("2026-04-20"), eur("60000.00"),
                id("contact:acme-marketing-lead"), RequestChannel.MEETING, ALICE_EXECUTIVE,
                at("2026-02-10T11:20:00Z"));
    }

    /** A request phoned in with no figure and no known contact: the optional fields are null. */
    public static JobRequestReceived requestWithoutBudget() {
        return new JobRequestReceived(id("job-request:ACME-2026-0043"), "ACME-2026-0043", CLIENT_ID,
                "Store window posters", "Posters for 40 stores.", List.of("A0 poster"),
                LocalDate.parse("2026-05-01"), null, null, RequestChannel.PHONE, ALICE_EXECUTIVE,
                at("2026-02-11T08:00:00Z"));
    }

    public static BriefSubmitted springLaunchSubmitted() {
        return new BriefSubmitted(BRIEF_ID, 4, JOB_REQUEST_ID, JOB_NUMBER, CLIENT_ID, aBrief().build(),
                eur("58500.50"), 2, BOB_SUPERVISOR, ALICE_EXECUTIVE, at("2026-02-24T17:45:03Z"));
    }

    public static BriefWithdrawn springLaunchWithdrawn() {
        return new BriefWithdrawn(BRIEF_ID, JOB_NUMBER, CLIENT_ID, "ACME postponed the launch to autumn",
                BOB_SUPERVISOR, at("2026-02-26T09:00:00Z"));
    }

    public static ScheduleChanged springLaunchRescheduled() {
        return new ScheduleChanged(JOB_REQUEST_ID, JOB_NUMBER, CLIENT_ID, List.of(
                new Milestone("First concepts", LocalDate.parse("2026-03-10")),
                new Milestone("Final artwork", LocalDate.parse("2026-04-14"))), id("staff:tina-traffic"),
                at("2026-03-01T08:45:00Z"));
    }
}
