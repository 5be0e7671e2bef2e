package agency.suits.clients;

import java.util.Locale;

/**
 * The {@code q} of a list: a case-insensitive "contains" pattern for {@code lower(field) like :q escape '\'}, in which
 * the caller's {@code %} and {@code _} are plain characters, not wildcards.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The pattern, or null when there is nothing to search for (so that the list adds no condition). */
    public static String containing(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String literal = q.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
