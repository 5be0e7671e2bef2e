package agency.suits.billing;

import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import io.quarkus.panache.common.Sort;

/** The platform's whitelisted sort keys as a Panache sort; the keys are the entities' field names. */
public final class ListSorting {

    private ListSorting() {
    }

    public static Sort of(PageRequest request) {
        Sort sort = null;
        for (SortOrder order : request.sort()) {
            Sort.Direction direction = order.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
            sort = sort == null ? Sort.by(order.field(), direction) : sort.and(order.field(), direction);
        }
        return sort == null ? Sort.by("id") : sort.and("id");
    }
}
