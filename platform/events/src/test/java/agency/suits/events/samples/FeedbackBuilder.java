package agency.suits.events.samples;

import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CommentCounts;
import agency.suits.events.creative.FeedbackReturned;

import java.time.Instant;
import java.util.UUID;

import static agency.suits.events.samples.Acme.ALICE_EXECUTIVE;
import static agency.suits.events.samples.Acme.CLIENT_ID;
import static agency.suits.events.samples.Acme.CREATIVE_JOB_ID;
import static agency.suits.events.samples.Acme.JOB_NUMBER;
import static agency.suits.events.samples.Acme.at;
import static agency.suits.events.samples.Acme.id;

/** The client's feedback on a round of the ACME job: changes requested a day and a half after presentation. */
public final class FeedbackBuilder {

    private final int round;
    private ClientDecision decision = ClientDecision.CHANGES_REQUESTED;
    private CommentCounts comments = new CommentCounts(7, 2, 1, 5);
    private Instant presentedAt = at("2026-03-20T10:00:00Z");
    private Instant returnedAt = at("2026-03-21T22:30:15.5Z");
    private UUID supersedes = null;

    private FeedbackBuilder(int round) {
        this.round = round;
    }

    public static FeedbackBuilder feedbackOnRound(int round) {
        return new FeedbackBuilder(round);
    }

    public FeedbackBuilder decided(ClientDecision decision) {
        this.decision = decision;
        return this;
    }

    public FeedbackBuilder presentedAt(Instant presentedAt, Instant returnedAt) {
        this.presentedAt = presentedAt;
        this.returnedAt = returnedAt;
        return this;
    }

    public FeedbackBuilder correcting(UUID feedbackId) {
        this.supersedes = feedbackId;
        return this;
    }

    public FeedbackReturned recorded() {
        return FeedbackReturned.of(id("feedback:" + round + ":" + decision), CREATIVE_JOB_ID, JOB_NUMBER, CLIENT_ID,
                round, decision, comments, presentedAt, returnedAt, supersedes, ALICE_EXECUTIVE);
    }
}
