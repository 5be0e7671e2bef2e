package agency.suits.briefs.brief;

import agency.suits.web.money.MoneyJson;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stored shape of a brief's sections stays the one revisions were written in. */
class BriefContentColumnTest {

    final BriefContentColumn column = new BriefContentColumn();

    @Test
    void readsARevisionWrittenWithTheEventsMoney() {
        UUID mandatory = UUID.randomUUID();
        String stored = "{\"background\":\"Spring\",\"objective\":null,\"successMeasures\":[],\"targetAudience\":null,"
                + "\"insight\":null,\"proposition\":null,\"reasonsToBelieve\":[],\"tone\":null,"
                + "\"mandatories\":[{\"mandatoryId\":\"" + mandatory + "\",\"text\":\"Logo\"}],\"deliverables\":[],"
                + "\"milestones\":[{\"name\":\"Concepts\",\"dueOn\":\"2027-03-01\"}],"
                + "\"budget\":{\"amount\":\"25000.5\",\"currency\":\"EUR\"}}";
        BriefContent content = column.convertToEntityAttribute(stored);
        assertEquals("Spring", content.background());
        assertEquals(List.of(new MandatoryItem(mandatory, "Logo")), content.mandatories());
        assertEquals(List.of(new MilestoneItem("Concepts", LocalDate.of(2027, 3, 1))), content.milestones());
        assertEquals(new MoneyJson("25000.5", "EUR"), content.budget());
    }

    @Test
    void writesTheBudgetAsAStringAmountAndACurrency() {
        String json = column.convertToDatabaseColumn(BriefSamples.complete());
        assertTrue(json.contains("\"budget\":{\"amount\":\"25000.00\",\"currency\":\"EUR\"}"), json);
        assertTrue(json.contains("\"dueOn\":\"" + LocalDate.now().plusDays(14) + "\""), json);
        assertEquals(BriefSamples.complete(), column.convertToEntityAttribute(json));
    }

    @Test
    void keepsNoContentAsAnEmptyBrief() {
        assertEquals(BriefContent.empty(), column.convertToEntityAttribute(null));
        assertEquals(BriefContent.empty(), column.convertToEntityAttribute(column.convertToDatabaseColumn(null)));
    }
}
