package agency.suits.web.work;

import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What waits for the calling person in one service, oldest first: the part of {@code GET /api/me/work} a service
 * answers and the gateway merges with the others'. Not paged: it is what one person must act on now, a short list
 * by nature, and the gateway must see all of it to order the merged list.
 */
// required written out for the same reason as WorkItem's
@Schema(description = "What waits for the calling person in this service, oldest first",
        requiredProperties = {"items"})
public record WorkList(List<WorkItem> items) {

    /** Every service's part and the gateway's whole list go under one tag, described the same way everywhere. */
    public static final String TAG = "Work";

    public static final String TAG_DESCRIPTION = "What waits for each person, gathered from every service by the"
            + " gateway";

    /** The path of each service's part, and of the whole list at the gateway. */
    public static final String PATH = "/api/me/work";

    private static final Comparator<WorkItem> OLDEST_FIRST = Comparator.comparing(WorkItem::waitingSince)
            .thenComparing(WorkItem::link);

    public WorkList {
        items = items.stream().sorted(OLDEST_FIRST).toList();
    }
}
