package agency.suits.clients.notification;

import agency.suits.clients.ClientsApi.Staff;
import agency.suits.events.Money;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.events.billing.BudgetRaised;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.events.billing.InvoiceIssued;
import agency.suits.events.billing.InvoiceKind;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.billing.PayableApproved;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.JobRequestReceived;
import agency.suits.events.briefs.RequestChannel;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CommentCounts;
import agency.suits.events.creative.CreativeJobOpened;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.WorkPresented;
import agency.suits.events.creative.WorkVersionRef;
import agency.suits.security.Role;
import agency.suits.testing.events.JobEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static agency.suits.clients.notification.Agency.awaitOne;
import static agency.suits.clients.notification.Agency.items;
import static agency.suits.clients.notification.Agency.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each event of the routing table, published on the real broker as its owner would, reaches whom it should. */
@QuarkusTest
class NotificationConsumersTest {

    private Agency agency;
    private final String job = JobEvents.newJobNumber();

    @BeforeEach
    void anAccount() {
        agency = new Agency();
    }

    private static Staff inDirectory(Role role) {
        Staff person = Staff.with(role);
        Agency.enrol(person, role, null);
        return person;
    }

    private static void assertTold(Map<String, Object> item, String why, String link) {
        assertEquals(why, item.get("why"), item.toString());
        assertEquals(link, item.get("link"), item.toString());
    }

    @Test
    void aJobRequestAsksTheAccountExecutiveForABrief() throws Exception {
        UUID request = UUID.randomUUID();
        publish(new JobRequestReceived(request, job, agency.client, "Spring campaign", "Posters and banners",
                List.of("Poster"), LocalDate.now().plusDays(30), null, null, RequestChannel.EMAIL,
                UUID.randomUUID(), Instant.now()));
        Map<String, Object> item = awaitOne(agency.executive, "JOB_REQUEST_RECEIVED", agency.client).get(0);
        assertTold(item, "You are an account executive on the account", "/api/job-requests/" + request);
        assertTrue(((String) item.get("happened")).contains("Spring campaign"), item.toString());
    }

    @Test
    void aSubmittedBriefTellsTheLeadAndTheirDirectorButNotWhoSubmittedIt() throws Exception {
        BriefSubmitted submitted = JobEvents.brief(job, agency.client).submitted();
        publish(submitted);
        assertTold(awaitOne(agency.director, "BRIEF_SUBMITTED", agency.client).get(0),
                "The account's primary supervisor reports to you", "/api/briefs/" + submitted.briefId());
        assertTold(awaitOne(agency.supervisor, "BRIEF_SUBMITTED", agency.client).get(0),
                "You are the account's primary supervisor", "/api/briefs/" + submitted.briefId());
    }

    @Test
    void anOpenedCreativeJobReachesCreativeDirectorsAndTrafficWhoSeeNoAccount() throws Exception {
        Staff creativeDirector = inDirectory(Role.CREATIVE_DIRECTOR);
        Staff traffic = inDirectory(Role.TRAFFIC);
        UUID creativeJob = UUID.randomUUID();
        publish(new CreativeJobOpened(creativeJob, job, agency.client, UUID.randomUUID(), 1, 2, Instant.now()));
        assertTold(awaitOne(creativeDirector, "CREATIVE_JOB_OPENED", agency.client).get(0),
                "You are a creative director", "/api/creative-jobs/" + creativeJob);
        assertTold(awaitOne(traffic, "CREATIVE_JOB_OPENED", agency.client).get(0),
                "You plan the agency's traffic", "/api/creative-jobs/" + creativeJob);
        assertEquals(List.of(), items(agency.executive, "CREATIVE_JOB_OPENED", agency.client));
    }

    @Test
    void presentedWorkWaitsForTheAccountExecutiveToReturnFeedback() throws Exception {
        UUID creativeJob = UUID.randomUUID();
        publish(new WorkPresented(creativeJob, job, agency.client, 1,
                List.of(new WorkVersionRef(UUID.randomUUID(), UUID.randomUUID(), 1, "Poster v1")),
                agency.executive.id(), Instant.now()));
        assertTold(awaitOne(agency.executive, "WORK_PRESENTED", agency.client).get(0),
                "You are an account executive on the account", "/api/creative-jobs/" + creativeJob);
    }

    @Test
    void onlyARejectionOfTheWorkIsANotification() throws Exception {
        Staff creativeDirector = inDirectory(Role.CREATIVE_DIRECTOR);
        UUID creativeJob = UUID.randomUUID();
        Instant returned = Instant.now();
        publish(FeedbackReturned.of(UUID.randomUUID(), creativeJob, job, agency.client, 1,
                ClientDecision.CHANGES_REQUESTED, new CommentCounts(1, 0, 1, 0), returned.minus(Duration.ofDays(2)),
                returned, null, agency.executive.id()));
        publish(FeedbackReturned.of(UUID.randomUUID(), creativeJob, job, agency.client, 2, ClientDecision.REJECTED,
                new CommentCounts(1, 0, 1, 0), returned.minus(Duration.ofDays(1)), returned, null,
                agency.executive.id()));
        assertTold(awaitOne(creativeDirector, "FEEDBACK_REJECTED", agency.client).get(0),
                "You are a creative director", "/api/creative-jobs/" + creativeJob);
        List<Map<String, Object>> toExecutive = awaitOne(agency.executive, "FEEDBACK_REJECTED", agency.client);
        assertEquals(1, toExecutive.size());
        assertTrue(((String) toExecutive.get(0).get("happened")).contains("round 2"), toExecutive.toString());
        assertEquals(1, Agency.notifications(agency.executive, Map.of("clientId", agency.client))
                .getInt("totalItems"));
    }

    @Test
    void roundsBeyondTheContractReachAccountAndCreative() throws Exception {
        Staff creativeDirector = inDirectory(Role.CREATIVE_DIRECTOR);
        var exceeded = JobEvents.revisionLimitExceeded(job, agency.client, 4);
        publish(exceeded);
        assertTold(awaitOne(agency.supervisor, "REVISION_LIMIT_EXCEEDED", agency.client).get(0),
                "You are the account's primary supervisor", "/api/creative-jobs/" + exceeded.creativeJobId());
        awaitOne(creativeDirector, "REVISION_LIMIT_EXCEEDED", agency.client);
        awaitOne(agency.executive, "REVISION_LIMIT_EXCEEDED", agency.client);
    }

    @Test
    void anApprovedEstimateTellsTheTeamButNotItsApprover() throws Exception {
        UUID estimate = UUID.randomUUID();
        publish(new EstimateApproved(estimate, 1, job, agency.client, Money.of("20000.00", "EUR"),
                agency.supervisor.id(), Instant.now()));
        assertTold(awaitOne(agency.executive, "ESTIMATE_APPROVED", agency.client).get(0),
                "You are an account executive on the account", "/api/estimates/" + estimate);
        assertEquals(List.of(), items(agency.supervisor, "ESTIMATE_APPROVED", agency.client));
    }

    @Test
    void aBudgetRaisedByAChangeOrderTellsTheTeamButNotItsApprover() throws Exception {
        UUID order = UUID.randomUUID();
        publish(new BudgetRaised(job, agency.client, order, Money.of("2000.00", "EUR"), Money.of("22000.00", "EUR"),
                Money.of("21500.00", "EUR"), "Revision round 3 is beyond the 2 rounds the contract includes",
                agency.supervisor.id(), Instant.now()));
        List<Map<String, Object>> told = awaitOne(agency.executive, "BUDGET_RAISED", agency.client);
        assertTold(told.get(0), "You are an account executive on the account", "/api/change-orders/" + order);
        assertTrue(String.valueOf(told.get(0).get("happened")).contains("by 2000.00 EUR to 22000.00 EUR"),
                String.valueOf(told.get(0)));
        assertEquals(List.of(), items(agency.supervisor, "BUDGET_RAISED", agency.client));
    }

    @Test
    void invoicesIssuedPaidAndOverdueReachTheSupervisorAndOverdueOnesFinance() throws Exception {
        Staff finance = inDirectory(Role.FINANCE);
        UUID invoice = UUID.randomUUID();
        LocalDate issued = LocalDate.now().minusDays(40);
        publish(new InvoiceIssued(invoice, "INV-2026-0099", agency.client, null, InvoiceKind.RETAINER,
                Money.of("500.00", "EUR"), issued, issued.plusDays(10), finance.id(), Instant.now()));
        publish(new InvoiceOverdue(invoice, "INV-2026-0099", agency.client, null, issued.plusDays(10), 30, 30,
                Money.of("500.00", "EUR"), Money.of("500.00", "EUR"), Instant.now()));
        publish(new PaymentReceived(UUID.randomUUID(), invoice, "INV-2026-0099", agency.client,
                Money.of("500.00", "EUR"), Money.of("0.00", "EUR"), LocalDate.now(), finance.id(), Instant.now()));

        assertTold(awaitOne(agency.supervisor, "INVOICE_ISSUED", agency.client).get(0),
                "You are the account's primary supervisor", "/api/invoices/" + invoice);
        assertTold(awaitOne(agency.supervisor, "INVOICE_OVERDUE", agency.client).get(0),
                "You are the account's primary supervisor", "/api/invoices/" + invoice);
        Map<String, Object> paid = awaitOne(agency.supervisor, "PAYMENT_RECEIVED", agency.client).get(0);
        assertTold(paid, "You are the account's primary supervisor", "/api/invoices/" + invoice + "/payments");
        assertTrue(((String) paid.get("happened")).contains("paid in full"), paid.toString());
        assertTold(awaitOne(finance, "INVOICE_OVERDUE", agency.client).get(0), "You are in finance",
                "/api/invoices/" + invoice);
        // finance issued the invoice and recorded the payment: not told of its own acts
        assertEquals(List.of(), items(finance, "INVOICE_ISSUED", agency.client));
        assertEquals(List.of(), items(finance, "PAYMENT_RECEIVED", agency.client));
    }

    @Test
    void anApprovedPayableGoesToFinanceToReleaseAndToWhoRaisedIt() throws Exception {
        Staff finance = inDirectory(Role.FINANCE);
        UUID payable = UUID.randomUUID();
        publish(new PayableApproved(payable, job, agency.client, "Print Works Ltd", "Poster printing",
                Money.of("1200.00", "EUR"), ApprovalLevel.SUPERVISOR, agency.executive.id(), agency.supervisor.id(),
                Instant.now()));
        assertTold(awaitOne(finance, "PAYABLE_APPROVED", agency.client).get(0), "You are in finance",
                "/api/payables/" + payable);
        assertTold(awaitOne(agency.executive, "PAYABLE_APPROVED", agency.client).get(0), "You raised it",
                "/api/payables/" + payable);
        assertEquals(List.of(), items(agency.supervisor, "PAYABLE_APPROVED", agency.client));
    }
}
