package agency.suits.persistence;

import agency.suits.security.VisibleClients;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import io.quarkus.panache.common.Sort;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListQueryTest {

    private static final Sorting SORTING = Sorting.by("name", "createdAt").byDefault("name", SortOrder.Direction.ASC);

    @Test
    void theWholeBookHasNoClientCondition() {
        ListQuery query = ListQuery.visibleTo(VisibleClients.everyClient());

        assertEquals("1 = 1", query.where());
        assertTrue(query.parameters().map().isEmpty());
    }

    @Test
    void aTeamMemberSeesOnlyTheirClients() {
        UUID client = UUID.randomUUID();

        ListQuery query = ListQuery.visibleTo(VisibleClients.only(Set.of(client)));

        assertEquals("clientId in :visible", query.where());
        assertEquals(Set.of(client), query.parameters().map().get("visible"));
    }

    @Test
    void somebodyOnNoTeamSeesNothing() {
        assertEquals("1 = 0", ListQuery.visibleTo(VisibleClients.only(Set.of())).where());
    }

    @Test
    void filtersLeftOutAreNoConditionAtAll() {
        ListQuery query = ListQuery.everything().and("status", null).and("jobNumber", "ACME-2026-0001")
                .and(":assignee member of assignees", "assignee", null);

        assertEquals("(jobNumber = :jobNumber)", query.where());
        assertEquals(Map.of("jobNumber", "ACME-2026-0001"), query.parameters().map());
    }

    @Test
    void sortsByTheRequestThenTheIdSoThatPagesAreStable() {
        PageRequest request = PageRequest.parse("0", "20", List.of("createdAt,desc"), SORTING);

        Sort sort = ListQuery.everything().sort(request);

        assertEquals(List.of("createdAt", "id"), sort.getColumns().stream().map(Sort.Column::getName).toList());
        assertEquals(Sort.Direction.Descending, sort.getColumns().get(0).getDirection());
        assertTrue(sort.isEscapingEnabled());
    }

    @Test
    void sortKeysCanStandForExpressions() {
        PageRequest request = PageRequest.parse(null, null, null, SORTING);

        Sort sort = ListQuery.everything().sortingBy(Map.of("name", "lower(name)")).sort(request);

        assertEquals(List.of("lower(name)", "id"), sort.getColumns().stream().map(Sort.Column::getName).toList());
        assertFalse(sort.isEscapingEnabled());
    }
}
