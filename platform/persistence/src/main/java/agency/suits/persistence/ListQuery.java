package agency.suits.persistence;

import agency.suits.security.VisibleClients;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query behind a list endpoint: the caller's book first (only the clients they may see), then the filters they
 * asked for; a filter left out is no condition at all. The where clause is Panache's short form over the listed
 * entity's fields.
 *
 * <pre>{@code
 * ListQuery query = ListQuery.visibleTo(access.visible()).and("jobNumber", jobNumber).and("status", status);
 * return ListQuery.page(Invoice.find(query.where(), query.sort(page), query.parameters()), page).map(InvoiceView::of);
 * }</pre>
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();
    private final Map<String, String> sortExpressions;

    private ListQuery(Map<String, String> sortExpressions) {
        this.sortExpressions = sortExpressions;
    }

    /** Every row: for lists that are not about clients (the staff directory) or that everybody sees. */
    public static ListQuery everything() {
        return new ListQuery(Map.of());
    }

    /** Rows of the clients the caller may see, by the entity's {@code clientId}. */
    public static ListQuery visibleTo(VisibleClients visible) {
        return visibleTo(visible, "clientId");
    }

    /** Rows of the clients the caller may see, by the named field (the client's own {@code id} in clients-service). */
    public static ListQuery visibleTo(VisibleClients visible, String clientField) {
        ListQuery query = everything();
        if (!visible.all()) {
            if (visible.ids().isEmpty()) {
                query.conditions.add("1 = 0");
            } else {
                query.conditions.add(clientField + " in :visible");
                query.parameters.and("visible", visible.ids());
            }
        }
        return query;
    }

    /** Adds {@code field = value} unless the value is null (the caller did not filter on it). */
    public ListQuery and(String field, Object value) {
        return value == null ? this : and(field + " = :" + parameterName(field), parameterName(field), value);
    }

    /**
     * Adds a condition of its own shape ({@code ":assignee member of assignees"}) with its one parameter, unless the
     * value is null.
     */
    public ListQuery and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add("(" + condition + ")");
            parameters.and(parameter, value);
        }
        return this;
    }

    /** Adds a condition with several parameters, always. */
    public ListQuery andAlways(String condition, Map<String, Object> values) {
        conditions.add("(" + condition + ")");
        values.forEach(parameters::and);
        return this;
    }

    /**
     * Sort keys that are not the entity's field names, such as {@code name -> lower(name)} for an order that ignores
     * case. Keys come from the endpoint's whitelist ({@code Sorting}), never from the caller's text.
     */
    public ListQuery sortingBy(Map<String, String> expressions) {
        ListQuery copy = new ListQuery(Map.copyOf(expressions));
        copy.conditions.addAll(conditions);
        parameters.map().forEach(copy.parameters::and);
        return copy;
    }

    public String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The caller's sort, then the id, so that pages neither repeat nor skip rows that sort alike. */
    public Sort sort(PageRequest request) {
        Sort sort = null;
        for (SortOrder order : request.sort()) {
            Sort.Direction direction = order.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
            String column = sortExpressions.getOrDefault(order.field(), order.field());
            sort = sort == null ? Sort.by(column, direction) : sort.and(column, direction);
        }
        sort = sort == null ? Sort.by("id") : sort.and("id");
        // the expressions are ours (lower(name)), and Panache would quote them as if they were one column
        return sortExpressions.isEmpty() ? sort : sort.disableEscaping();
    }

    /**
     * The requested page of a query, with the total across all pages. A page that is not full and not past the end
     * is the last one, and tells the total itself: the count query, which Panache derives and Hibernate interprets
     * anew on every call (see {@link Rows}), runs only for a full page or one past the end.
     */
    public static <T extends PanacheEntityBase> Page<T> page(PanacheQuery<T> query, PageRequest request) {
        List<T> items = query.range((int) request.offset(), (int) request.offset() + request.size() - 1).list();
        boolean last = items.size() < request.size() && (!items.isEmpty() || request.offset() == 0);
        long total = last ? request.offset() + items.size() : query.count();
        return Page.of(items, request, total);
    }

    private static String parameterName(String field) {
        return field.replace('.', '_');
    }
}
