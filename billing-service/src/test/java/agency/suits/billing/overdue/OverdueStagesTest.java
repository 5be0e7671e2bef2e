package agency.suits.billing.overdue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverdueStagesTest {

    private static final List<Integer> STAGES = List.of(1, 30, 60);

    @Test
    void announcesEachStageOnceAsTheInvoiceAges() {
        assertEquals(Optional.empty(), OverdueStages.toAnnounce(0, STAGES, Set.of()));
        assertEquals(Optional.of(1), OverdueStages.toAnnounce(1, STAGES, Set.of()));
        assertEquals(Optional.empty(), OverdueStages.toAnnounce(29, STAGES, Set.of(1)));
        assertEquals(Optional.of(30), OverdueStages.toAnnounce(30, STAGES, Set.of(1)));
        assertEquals(Optional.of(60), OverdueStages.toAnnounce(75, STAGES, Set.of(1, 30)));
        assertEquals(Optional.empty(), OverdueStages.toAnnounce(400, STAGES, Set.of(1, 30, 60)));
    }

    @Test
    void aLateDiscoveryAnnouncesOnlyTheHighestStageReached() {
        assertEquals(Optional.of(60), OverdueStages.toAnnounce(65, STAGES, Set.of()));
        assertEquals(Optional.empty(), OverdueStages.toAnnounce(65, STAGES, Set.of(60)));
    }
}
