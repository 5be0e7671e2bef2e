package agency.suits.web.work;

import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What waits for the calling person in one service, oldest first: the part of {@code GET /api/me/work} a service
 * answers and the gateway merges with the others'. Not paged: it is what one person must act on now, a short list
 * by nature, and the gateway must see all of it to order the merged list.
 */
@Schema(description = "What waits for the calling person in this service, oldest first")
public record WorkList(List<WorkItem> items) {

    private static final Comparator<WorkItem> OLDEST_FIRST = Comparator.comparing(WorkItem::waitingSince)
            .thenComparing(WorkItem::link);

    public WorkList {
        items = items.stream().sorted(OLDEST_FIRST).toList();
    }
}
