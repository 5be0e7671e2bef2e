package agency.suits.web.openapi;

import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The names the documents give schemas: the agency's nouns, the same in every service. In Java a view is
 * {@code PayableView} so that it never meets the {@code Payable} entity in one file; on the wire there is no entity, so
 * the schema is {@code Payable}. The generic {@code Page} of a view ({@code PagePayableView}) is {@code PayablePage}.
 */
final class SchemaNames {

    private static final String VIEW = "View";
    private static final String PAGE = "Page";

    private SchemaNames() {
    }

    /** From each name to rename to its plain one, where that one is not taken. */
    static Map<String, String> plain(Map<String, Schema> schemas) {
        Map<String, String> renamed = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(schemas.keySet());
        schemas.keySet().forEach(name -> {
            if (name.endsWith(VIEW) && name.length() > VIEW.length()) {
                claim(name, name.substring(0, name.length() - VIEW.length()), taken, renamed);
            }
        });
        schemas.forEach((name, schema) -> {
            Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
            if (name.startsWith(PAGE) && items != null && items.getItems() != null
                    && items.getItems().getRef() != null) {
                String item = ApiContract.name(items.getItems().getRef());
                claim(name, renamed.getOrDefault(item, item) + PAGE, taken, renamed);
            }
        });
        return renamed;
    }

    private static void claim(String from, String to, Set<String> taken, Map<String, String> renamed) {
        if (taken.add(to)) {
            taken.remove(from);
            renamed.put(from, to);
        }
    }
}
