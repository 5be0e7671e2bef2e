package agency.suits.clients.notification;

import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.TeamMember;
import agency.suits.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The routing table of docs/notifications.md, row by row, over the demo agency's shape. */
class NotificationRoutingTest {

    private static final UUID ALICE = id("alice"); // account director, Sam reports to her
    private static final UUID ANNA = id("anna");   // another account director
    private static final UUID SAM = id("sam");     // primary supervisor
    private static final UUID SUE = id("sue");     // a second supervisor on the team
    private static final UUID EVE = id("eve");     // account executive
    private static final UUID PAUL = id("paul");   // planner
    private static final UUID CODY = id("cody");   // coordinator
    private static final UUID CLEO = id("cleo");   // creative director
    private static final UUID FIONA = id("fiona"); // finance
    private static final UUID FRED = id("fred");   // finance, left the agency
    private static final UUID TOM = id("tom");     // traffic

    private static final List<TeamMember> TEAM = List.of(
            new TeamMember(SAM, AccountRole.ACCOUNT_SUPERVISOR, true),
            new TeamMember(SUE, AccountRole.ACCOUNT_SUPERVISOR, false),
            new TeamMember(EVE, AccountRole.ACCOUNT_EXECUTIVE, false),
            new TeamMember(PAUL, AccountRole.ACCOUNT_PLANNER, false),
            new TeamMember(CODY, AccountRole.ACCOUNT_COORDINATOR, false));

    private static final Map<UUID, Colleague> DIRECTORY = directory(
            new Colleague(ALICE, Role.ACCOUNT_DIRECTOR, null, true),
            new Colleague(ANNA, Role.ACCOUNT_DIRECTOR, null, true),
            new Colleague(SAM, Role.ACCOUNT_SUPERVISOR, ALICE, true),
            new Colleague(SUE, Role.ACCOUNT_SUPERVISOR, ANNA, true),
            new Colleague(EVE, Role.ACCOUNT_EXECUTIVE, SAM, true),
            new Colleague(PAUL, Role.ACCOUNT_PLANNER, SAM, true),
            new Colleague(CODY, Role.ACCOUNT_COORDINATOR, SAM, true),
            new Colleague(CLEO, Role.CREATIVE_DIRECTOR, null, true),
            new Colleague(FIONA, Role.FINANCE, null, true),
            new Colleague(FRED, Role.FINANCE, null, false),
            new Colleague(TOM, Role.TRAFFIC, null, true));

    static Stream<Arguments> table() {
        return Stream.of(
                row(NotificationKind.CLIENT_AT_RISK, Map.of(SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR",
                        EVE, "ACCOUNT_EXECUTIVE", PAUL, "ACCOUNT_PLANNER", CODY, "ACCOUNT_COORDINATOR",
                        ALICE, "SUPERVISOR_REPORTS_TO_YOU")),
                row(NotificationKind.CONTRACT_RENEWAL_DUE, Map.of(SAM, "PRIMARY_SUPERVISOR",
                        ALICE, "SUPERVISOR_REPORTS_TO_YOU")),
                row(NotificationKind.BUDGET_THRESHOLD_REACHED, Map.of(EVE, "ACCOUNT_EXECUTIVE",
                        SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR")),
                row(NotificationKind.REVISION_LIMIT_EXCEEDED, Map.of(EVE, "ACCOUNT_EXECUTIVE",
                        SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR", CLEO, "CREATIVE_DIRECTOR")),
                row(NotificationKind.FEEDBACK_REJECTED, Map.of(EVE, "ACCOUNT_EXECUTIVE",
                        SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR", CLEO, "CREATIVE_DIRECTOR")),
                row(NotificationKind.INVOICE_OVERDUE, Map.of(SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR",
                        FIONA, "FINANCE")),
                row(NotificationKind.JOB_REQUEST_RECEIVED, Map.of(EVE, "ACCOUNT_EXECUTIVE",
                        SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR")),
                row(NotificationKind.BRIEF_SUBMITTED, Map.of(SAM, "PRIMARY_SUPERVISOR",
                        ALICE, "SUPERVISOR_REPORTS_TO_YOU")),
                row(NotificationKind.CREATIVE_JOB_OPENED, Map.of(CLEO, "CREATIVE_DIRECTOR", TOM, "TRAFFIC")),
                row(NotificationKind.WORK_PRESENTED, Map.of(EVE, "ACCOUNT_EXECUTIVE")),
                row(NotificationKind.ESTIMATE_APPROVED, Map.of(EVE, "ACCOUNT_EXECUTIVE",
                        SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR")),
                row(NotificationKind.BUDGET_RAISED, Map.of(EVE, "ACCOUNT_EXECUTIVE",
                        SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR")),
                row(NotificationKind.INVOICE_ISSUED, Map.of(SAM, "PRIMARY_SUPERVISOR")),
                row(NotificationKind.PAYMENT_RECEIVED, Map.of(SAM, "PRIMARY_SUPERVISOR")),
                row(NotificationKind.PAYABLE_APPROVED, Map.of(FIONA, "FINANCE", EVE, "RAISED_IT")),
                row(NotificationKind.SUPERVISOR_DIGEST, Map.of(ALICE, "SUPERVISOR_REPORTS_TO_YOU")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void routesEachKindToThePeopleWhoActOrMustKnow(NotificationKind kind, Map<UUID, String> expected) {
        assertEquals(expected, reasons(new Occasion(kind, TEAM, DIRECTORY, Set.of(), EVE)));
    }

    @Test
    void everyKindHasARow() {
        Set<NotificationKind> tested = table().map(row -> (NotificationKind) row.get()[0]).collect(Collectors.toSet());
        assertEquals(Set.of(NotificationKind.values()), tested);
    }

    @Test
    void theDirectorIsEveryActiveAccountDirectorWhenThePrimaryReportsToNobody() {
        Map<UUID, Colleague> directory = new HashMap<>(DIRECTORY);
        directory.put(SAM, new Colleague(SAM, Role.ACCOUNT_SUPERVISOR, null, true));
        assertEquals(Map.of(SAM, "PRIMARY_SUPERVISOR", ALICE, "ACCOUNT_DIRECTOR", ANNA, "ACCOUNT_DIRECTOR"),
                reasons(new Occasion(NotificationKind.CONTRACT_RENEWAL_DUE, TEAM, directory, Set.of(), null)));
    }

    @Test
    void theDirectorWhoLeftIsReplacedByEveryActiveAccountDirector() {
        Map<UUID, Colleague> directory = new HashMap<>(DIRECTORY);
        directory.put(ALICE, new Colleague(ALICE, Role.ACCOUNT_DIRECTOR, null, false));
        assertEquals(Map.of(SAM, "PRIMARY_SUPERVISOR", ANNA, "ACCOUNT_DIRECTOR"),
                reasons(new Occasion(NotificationKind.CONTRACT_RENEWAL_DUE, TEAM, directory, Set.of(), null)));
    }

    @Test
    void whoDidItIsNotToldOfTheirOwnAct() {
        assertEquals(Map.of(SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR"),
                reasons(new Occasion(NotificationKind.ESTIMATE_APPROVED, TEAM, DIRECTORY, Set.of(EVE), null)));
    }

    @Test
    void aPersonReachedTwiceIsToldOnceUnderTheFirstReason() {
        List<TeamMember> aliceLeads = List.of(new TeamMember(ALICE, AccountRole.ACCOUNT_SUPERVISOR, true));
        Map<UUID, Colleague> directory = new HashMap<>(DIRECTORY);
        directory.put(ALICE, new Colleague(ALICE, Role.ACCOUNT_DIRECTOR, null, true));
        List<Recipient> recipients = NotificationRouting.recipients(
                new Occasion(NotificationKind.CLIENT_AT_RISK, aliceLeads, directory, Set.of(), null));
        assertEquals(List.of(new Recipient(ALICE, RecipientReason.PRIMARY_SUPERVISOR),
                new Recipient(ANNA, RecipientReason.ACCOUNT_DIRECTOR)), recipients);
    }

    @Test
    void nobodyWhoLeftTheAgencyIsTold() {
        Map<UUID, Colleague> directory = new HashMap<>(DIRECTORY);
        directory.put(EVE, new Colleague(EVE, Role.ACCOUNT_EXECUTIVE, SAM, false));
        assertEquals(Map.of(SAM, "PRIMARY_SUPERVISOR", SUE, "ACCOUNT_SUPERVISOR"),
                reasons(new Occasion(NotificationKind.BUDGET_THRESHOLD_REACHED, TEAM, directory, Set.of(), null)));
    }

    private static Arguments row(NotificationKind kind, Map<UUID, String> reasons) {
        return Arguments.of(kind, reasons);
    }

    private static Map<UUID, String> reasons(Occasion occasion) {
        Map<UUID, String> reasons = new LinkedHashMap<>();
        NotificationRouting.recipients(occasion).forEach(r -> reasons.put(r.staffId(), r.reason().name()));
        return reasons;
    }

    private static Map<UUID, Colleague> directory(Colleague... colleagues) {
        return Stream.of(colleagues).collect(Collectors.toMap(Colleague::id, c -> c));
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }
}
