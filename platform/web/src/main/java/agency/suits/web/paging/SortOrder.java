package agency.suits.web.paging;

/** One sort key of a list request: a whitelisted field and its direction. */
public record SortOrder(String field, Direction direction) {

    public enum Direction {
        ASC, DESC
    }

    public boolean ascending() {
        return direction == Direction.ASC;
    }
}
