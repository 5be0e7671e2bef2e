package agency.suits.briefs.brief;

import agency.suits.domain.NotPermitted;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannerSectionsTest {

    private static final UUID PLANNER = UUID.randomUUID();
    private static final UUID EXECUTIVE = UUID.randomUUID();

    private static BriefContent content(String insight, String tone) {
        return new BriefContent(null, null, null, null, insight, null, null, tone, null, null, null, null);
    }

    @Test
    void leavesTheirSectionsToTheTeamsPlanner() {
        Set<Section> changed = EnumSet.of(Section.TONE, Section.PROPOSITION, Section.INSIGHT);
        assertEquals(List.of(Section.INSIGHT, Section.PROPOSITION),
                PlannerSections.refused(Set.of(PLANNER), EXECUTIVE, changed));
        assertEquals(List.of(), PlannerSections.refused(Set.of(PLANNER), PLANNER, changed));
        assertEquals(List.of(), PlannerSections.refused(Set.of(), EXECUTIVE, changed));
        assertThrows(NotPermitted.class,
                () -> PlannerSections.requireMayWrite(Set.of(PLANNER), EXECUTIVE, EnumSet.of(Section.INSIGHT)));
        PlannerSections.requireMayWrite(Set.of(PLANNER), EXECUTIVE, EnumSet.of(Section.TONE));
    }

    @Test
    void wantsThePlannersWordOnTheirSectionsAsTheyStand() {
        BriefContent confirmed = content("Heavy shoes", "Witty");
        assertTrue(PlannerSections.satisfied(Set.of(), null, confirmed), "a team without a planner");
        assertFalse(PlannerSections.satisfied(Set.of(PLANNER), null, confirmed), "no word yet");
        assertTrue(PlannerSections.satisfied(Set.of(PLANNER), confirmed, content("Heavy shoes", "Warm")));
        assertFalse(PlannerSections.satisfied(Set.of(PLANNER), confirmed, content("Light shoes", "Witty")));
    }
}
