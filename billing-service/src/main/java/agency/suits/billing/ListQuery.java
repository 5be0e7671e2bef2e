package agency.suits.billing;

import agency.suits.security.VisibleClients;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

/**
 * The filter of a list endpoint, always scoped to the clients the caller may see (every entity listed has a
 * {@code clientId}), plus the optional filters the caller asked for.
 */
public final class ListQuery {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    private ListQuery() {
    }

    public static ListQuery visibleTo(VisibleClients visible) {
        ListQuery query = new ListQuery();
        if (!visible.all()) {
            if (visible.ids().isEmpty()) {
                query.where.append(" and 1 = 0");
            } else {
                query.where.append(" and clientId in :visible");
                query.parameters.and("visible", visible.ids());
            }
        }
        return query;
    }

    /** Adds {@code field = value} unless the value is null (the caller did not filter on it). */
    public ListQuery and(String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            parameters.and(field, value);
        }
        return this;
    }

    public String where() {
        return where.toString();
    }

    public Parameters parameters() {
        return parameters;
    }

    public static <T extends PanacheEntityBase> Page<T> page(PanacheQuery<T> query, PageRequest request) {
        long total = query.count();
        return Page.of(query.range((int) request.offset(), (int) request.offset() + request.size() - 1).list(),
                request, total);
    }
}
