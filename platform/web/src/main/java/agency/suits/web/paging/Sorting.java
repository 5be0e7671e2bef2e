package agency.suits.web.paging;

import agency.suits.web.problem.InvalidParameterProblem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fields a list endpoint lets clients sort by, and its order when they do not say. Anything else in {@code sort}
 * is a 400: sorting by an arbitrary column would leak the schema and invite slow queries.
 */
public final class Sorting {

    private final Set<String> fields;
    private final List<SortOrder> byDefault;

    private Sorting(Set<String> fields, List<SortOrder> byDefault) {
        this.fields = fields;
        this.byDefault = byDefault;
    }

    public static Sorting by(String... fields) {
        return new Sorting(new LinkedHashSet<>(List.of(fields)), List.of());
    }

    public Sorting byDefault(String field, SortOrder.Direction direction) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException("Default sort field " + field + " is not one of " + fields);
        }
        return new Sorting(fields, List.of(new SortOrder(field, direction)));
    }

    /** More would sort by every column there is, one after another: no list needs it. */
    public static final int MAX_ORDERS = 5;

    /** {@code sort=name,asc&sort=createdAt,desc}; a missing direction means ascending. */
    public List<SortOrder> parse(List<String> values) {
        if (values == null || values.stream().allMatch(value -> value == null || value.isBlank())) {
            return byDefault;
        }
        if (values.size() > MAX_ORDERS) {
            throw new InvalidParameterProblem("sort", "at most " + MAX_ORDERS + " sort orders");
        }
        List<SortOrder> orders = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                orders.add(order(value));
            }
        }
        return orders;
    }

    private SortOrder order(String value) {
        String[] parts = value.split(",", -1);
        String field = parts[0].trim();
        if (!fields.contains(field)) {
            throw new InvalidParameterProblem("sort", "cannot sort by '" + field + "'; sortable fields are "
                    + String.join(", ", fields));
        }
        if (parts.length == 1) {
            return new SortOrder(field, SortOrder.Direction.ASC);
        }
        String direction = parts[1].trim().toUpperCase(Locale.ROOT);
        if (parts.length > 2 || !(direction.equals("ASC") || direction.equals("DESC"))) {
            throw new InvalidParameterProblem("sort", "must look like 'field,asc' or 'field,desc'");
        }
        return new SortOrder(field, SortOrder.Direction.valueOf(direction));
    }
}
