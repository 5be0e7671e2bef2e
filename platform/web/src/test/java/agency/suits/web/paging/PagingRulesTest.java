package agency.suits.web.paging;

import agency.suits.web.problem.InvalidParameterProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagingRulesTest {

    private static final Sorting SORTING = Sorting.by("name", "since").byDefault("name", SortOrder.Direction.ASC);

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        PageRequest request = PageRequest.parse(null, "", null, SORTING);

        assertEquals(new PageRequest(0, 20, List.of(new SortOrder("name", SortOrder.Direction.ASC))), request);
        assertEquals(0, request.offset());
    }

    @Test
    void computesTheOffsetOfLaterPages() {
        assertEquals(250, PageRequest.parse("5", "50", null, SORTING).offset());
    }

    @Test
    void acceptsTheMaximumSizeButNoMore() {
        assertEquals(100, PageRequest.parse("0", "100", null, SORTING).size());
        assertThrows(InvalidParameterProblem.class, () -> PageRequest.parse("0", "101", null, SORTING));
    }

    @Test
    void keepsSeveralSortKeysInOrder() {
        assertEquals(List.of(new SortOrder("since", SortOrder.Direction.DESC),
                        new SortOrder("name", SortOrder.Direction.ASC)),
                SORTING.parse(List.of("since,DESC", "name")));
    }

    @Test
    void rejectsAMalformedSortKey() {
        assertThrows(InvalidParameterProblem.class, () -> SORTING.parse(List.of("name,asc,extra")));
        assertThrows(InvalidParameterProblem.class, () -> SORTING.parse(List.of("secret_column")));
    }

    @Test
    void refusesADefaultOrderOnAFieldItDoesNotOffer() {
        assertThrows(IllegalArgumentException.class,
                () -> Sorting.by("name").byDefault("budget", SortOrder.Direction.ASC));
    }

    @Test
    void countsPagesRoundingUp() {
        PageRequest request = PageRequest.parse("0", "20", null, SORTING);

        assertEquals(0, Page.of(List.of(), request, 0).totalPages());
        assertEquals(1, Page.of(List.of(), request, 20).totalPages());
        assertEquals(3, Page.of(List.of(), request, 41).totalPages());
    }
}
