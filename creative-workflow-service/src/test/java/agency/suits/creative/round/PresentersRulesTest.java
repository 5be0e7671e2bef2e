package agency.suits.creative.round;

import agency.suits.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PresentersRulesTest {

    private static final UUID AD = UUID.randomUUID();
    private static final UUID CD = UUID.randomUUID();

    @Test
    void theRecorderPresentsFirstAndEachPresenterCountsOnce() {
        assertEquals(List.of(AD, CD), Presenters.of(AD, List.of(CD, AD, CD), Set.of(CD)));
        assertEquals(List.of(AD), Presenters.of(AD, List.of(), Set.of()));
    }

    @Test
    void aPresenterOffTheTeamAndOffTheJobIsRefused() {
        UUID stranger = UUID.randomUUID();
        RuleBroken refused = assertThrows(RuleBroken.class, () -> Presenters.of(AD, List.of(CD, stranger),
                Set.of(CD)));
        assertEquals(1, refused.violations().size());
        assertEquals("presenters", refused.violations().get(0).field());
    }
}
