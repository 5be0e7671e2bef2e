package agency.suits.clients.client;

import agency.suits.events.clients.TeamMember;
import agency.suits.domain.WrongState;
import agency.suits.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static agency.suits.events.clients.AccountRole.ACCOUNT_COORDINATOR;
import static agency.suits.events.clients.AccountRole.ACCOUNT_EXECUTIVE;
import static agency.suits.events.clients.AccountRole.ACCOUNT_SUPERVISOR;
import static agency.suits.events.clients.ClientStatus.ACTIVE;
import static agency.suits.events.clients.ClientStatus.AT_RISK;
import static agency.suits.events.clients.ClientStatus.PROSPECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTeamTest {

    private final UUID sam = UUID.randomUUID();
    private final UUID sue = UUID.randomUUID();
    private final UUID eve = UUID.randomUUID();

    private AccountTeam samLeads() {
        return AccountTeam.of(List.of(new TeamMember(sam, ACCOUNT_SUPERVISOR, true)));
    }

    @Test
    void aNewPrimarySupervisorTakesOverFromTheOldOne() {
        AccountTeam after = samLeads().assign(sue, ACCOUNT_SUPERVISOR, true, ACTIVE);

        assertEquals(List.of(new TeamMember(sam, ACCOUNT_SUPERVISOR, false), new TeamMember(sue, ACCOUNT_SUPERVISOR,
                true)), after.members());
        assertEquals(sue, after.primary().orElseThrow().staffId());
    }

    @Test
    void reportsWhoJoinedAndWhoLeftIncludingAChangeOfPrimacy() {
        AccountTeam before = samLeads();
        AccountTeam after = before.assign(sue, ACCOUNT_SUPERVISOR, true, ACTIVE);

        assertEquals(List.of(new TeamMember(sam, ACCOUNT_SUPERVISOR, false), new TeamMember(sue, ACCOUNT_SUPERVISOR,
                true)), after.joinedSince(before));
        assertEquals(List.of(new TeamMember(sam, ACCOUNT_SUPERVISOR, true)), after.leftSince(before));
    }

    @Test
    void aRoleChangeIsALeaveInTheOldRoleAndAJoinInTheNew() {
        AccountTeam before = samLeads().assign(eve, ACCOUNT_COORDINATOR, false, ACTIVE);
        AccountTeam after = before.assign(eve, ACCOUNT_EXECUTIVE, false, ACTIVE);

        assertEquals(List.of(new TeamMember(eve, ACCOUNT_EXECUTIVE, false)), after.joinedSince(before));
        assertEquals(List.of(new TeamMember(eve, ACCOUNT_COORDINATOR, false)), after.leftSince(before));
    }

    @Test
    void onlyASupervisorCanBeThePrimaryContact() {
        RuleBroken refused = assertThrows(RuleBroken.class,
                () -> samLeads().assign(eve, ACCOUNT_EXECUTIVE, true, ACTIVE));
        assertTrue(refused.getMessage().contains("ACCOUNT_SUPERVISOR"));
    }

    @Test
    void anActiveClientKeepsItsPrimarySupervisor() {
        assertThrows(WrongState.class, () -> samLeads().remove(sam, ACTIVE));
        assertThrows(WrongState.class, () -> samLeads().remove(sam, AT_RISK));
        assertThrows(WrongState.class, () -> samLeads().assign(sam, ACCOUNT_SUPERVISOR, false, ACTIVE));
    }

    @Test
    void aProspectMayBeWithoutAPrimarySupervisor() {
        assertEquals(List.of(), samLeads().remove(sam, PROSPECT).members());
    }

    @Test
    void aClientCannotBecomeActiveWithoutAPrimarySupervisor() {
        AccountTeam executivesOnly = AccountTeam.of(List.of(new TeamMember(eve, ACCOUNT_EXECUTIVE, false)));
        WrongState refused = assertThrows(WrongState.class, () -> executivesOnly.requireReadyFor(ACTIVE));
        assertEquals(List.of("assign an ACCOUNT_SUPERVISOR with primary=true"),
                refused.allowedActions());
    }

    /** The rule refuses it; the HTTP answer, 404, is the application service's (TeamResourceTest). */
    @Test
    void removingSomeoneNotOnTheTeamIsNotFound() {
        assertThrows(IllegalArgumentException.class, () -> samLeads().remove(eve, PROSPECT));
    }

    @Test
    void listsTheExecutives() {
        AccountTeam team = samLeads().assign(eve, ACCOUNT_EXECUTIVE, false, ACTIVE);
        assertEquals(List.of(new TeamMember(eve, ACCOUNT_EXECUTIVE, false)), team.executives());
    }
}
