package agency.suits.events;

import agency.suits.events.billing.ApprovalLevel;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.PayableApproved;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.TeamMember;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CommentCounts;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.samples.ClientSamples;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static agency.suits.events.samples.Acme.ALICE_EXECUTIVE;
import static agency.suits.events.samples.Acme.CLIENT_ID;
import static agency.suits.events.samples.Acme.CONTRACT_ID;
import static agency.suits.events.samples.Acme.CREATIVE_JOB_ID;
import static agency.suits.events.samples.Acme.JOB_NUMBER;
import static agency.suits.events.samples.Acme.at;
import static agency.suits.events.samples.Acme.eur;
import static agency.suits.events.samples.Acme.id;
import static agency.suits.events.samples.BriefBuilder.aBrief;
import static agency.suits.events.samples.FeedbackBuilder.feedbackOnRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A publisher cannot even build an event that breaks the agency's rules. */
class PayloadRulesTest {

    @Test
    void theCreatorOfAPayableNeverApprovesIt() {
        assertThrows(IllegalArgumentException.class, () -> new PayableApproved(id("payable:1"), JOB_NUMBER,
                CLIENT_ID, "Alpine Locations Ltd", "Location fee", eur("3400.10"), ApprovalLevel.SUPERVISOR,
                ALICE_EXECUTIVE, ALICE_EXECUTIVE, at("2026-03-10T10:10:10Z")));
    }

    @Test
    void aRoundWithinTheIncludedRoundsDoesNotExceedTheLimit() {
        assertThrows(IllegalArgumentException.class, () -> new RevisionLimitExceeded(CREATIVE_JOB_ID, JOB_NUMBER,
                CLIENT_ID, 2, 2, at("2026-04-02T16:40:00Z")));
    }

    @Test
    void timeToFeedbackRunsFromPresentationToFeedback() {
        FeedbackReturned feedback = feedbackOnRound(1)
                .presentedAt(at("2026-03-20T10:00:00Z"), at("2026-03-21T12:30:00Z")).recorded();

        assertEquals(Duration.ofHours(26).plusMinutes(30), feedback.timeToFeedback());
        assertThrows(IllegalArgumentException.class, () -> new FeedbackReturned(feedback.feedbackId(),
                CREATIVE_JOB_ID, JOB_NUMBER, CLIENT_ID, 1, ClientDecision.REJECTED, feedback.comments(),
                feedback.presentedAt(), feedback.returnedAt(), Duration.ofHours(1), null, ALICE_EXECUTIVE));
        assertThrows(IllegalArgumentException.class, () -> feedbackOnRound(1)
                .presentedAt(at("2026-03-21T12:30:00Z"), at("2026-03-20T10:00:00Z")).recorded());
    }

    @Test
    void noPartOfTheCommentsExceedsTheirTotal() {
        assertThrows(IllegalArgumentException.class, () -> new CommentCounts(3, 4, 0, 0));
    }

    @Test
    void aBriefGivesAtMostThreeReasonsToBelieve() {
        assertThrows(IllegalArgumentException.class,
                () -> aBrief().withReasonsToBelieve(List.of("a", "b", "c", "d")).build());
        assertThrows(IllegalArgumentException.class, () -> aBrief().withDeliverables(List.of()).build());
    }

    @Test
    void budgetFiguresShareOneCurrencyAndCrossOnlyEightyOrHundredPercent() {
        assertThrows(IllegalArgumentException.class, () -> new BudgetThresholdReached(JOB_NUMBER, CLIENT_ID, 80,
                eur("100.00"), Money.of("80.00", "USD"), eur("0.00"), at("2026-04-01T18:20:00Z")));
        assertThrows(IllegalArgumentException.class, () -> new BudgetThresholdReached(JOB_NUMBER, CLIENT_ID, 90,
                eur("100.00"), eur("90.00"), eur("0.00"), at("2026-04-01T18:20:00Z")));
    }

    @Test
    void aClientAtRiskScoresBelowTheThreshold() {
        ClientAtRisk atRisk = ClientSamples.acmeAtRisk();

        assertThrows(IllegalArgumentException.class, () -> new ClientAtRisk(CLIENT_ID, 50, 61, 50,
                atRisk.reasons(), atRisk.assessedAt()));
    }

    @Test
    void aTeamChangeHasSomeoneJoiningOrLeavingAndOnePrimaryAtMost() {
        TeamMember aliceAsSecondPrimary = new TeamMember(ALICE_EXECUTIVE, AccountRole.ACCOUNT_SUPERVISOR, true);

        assertThrows(IllegalArgumentException.class, () -> new AccountTeamChanged(CLIENT_ID,
                List.of(ClientSamples.BOB_PRIMARY), List.of(), List.of(), ALICE_EXECUTIVE, at("2026-01-05T08:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> new AccountTeamChanged(CLIENT_ID,
                List.of(ClientSamples.BOB_PRIMARY, aliceAsSecondPrimary), List.of(aliceAsSecondPrimary), List.of(),
                ALICE_EXECUTIVE, at("2026-01-05T08:00:00Z")));
    }

    @Test
    void theNoticeWindowOpensTheNoticePeriodBeforeTheContractEnds() {
        assertThrows(IllegalArgumentException.class, () -> new ContractRenewalDue(CONTRACT_ID, CLIENT_ID,
                ContractType.PROJECT, eur("85000.50"), LocalDate.parse("2026-12-31"), LocalDate.parse("2026-12-01"),
                60, at("2026-12-01T02:00:00Z")));
    }

    @Test
    void jobNumbersFollowTheAgencyPattern() {
        assertThrows(IllegalArgumentException.class, () -> new RevisionLimitExceeded(CREATIVE_JOB_ID, "acme-42",
                CLIENT_ID, 3, 2, at("2026-04-02T16:40:00Z")));
    }
}
