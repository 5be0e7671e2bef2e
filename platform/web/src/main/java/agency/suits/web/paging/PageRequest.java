package agency.suits.web.paging;

import agency.suits.web.problem.InvalidParameterProblem;

import java.util.List;

/** Which page of a list the client asked for, already checked: page from 0, size 1 to 100, sort whitelisted. */
public record PageRequest(int page, int size, List<SortOrder> sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        sort = List.copyOf(sort);
    }

    /** Parses the raw query parameters; a value the client got wrong is a 400 naming the parameter. */
    public static PageRequest parse(String page, String size, List<String> sort, Sorting sorting) {
        int pageNumber = number("page", page, 0);
        if (pageNumber < 0) {
            throw new InvalidParameterProblem("page", "must be 0 or more");
        }
        int pageSize = number("size", size, DEFAULT_SIZE);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new InvalidParameterProblem("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(pageNumber, pageSize, sorting.parse(sort));
    }

    /** Where the page starts in the whole list, for a query's first result. */
    public long offset() {
        return (long) page * size;
    }

    private static int number(String parameter, String value, int byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterProblem(parameter, "must be a whole number");
        }
    }
}
