package agency.suits.web.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/**
 * The paging query parameters of a list endpoint: {@code ?page=0&size=20&sort=name,asc}. Taken as text so that a wrong
 * value is our 400 naming the parameter, not JAX-RS' 404 for an unconvertible query parameter.
 *
 * <pre>{@code
 * @GET
 * public Page<ClientView> list(@BeanParam PageQuery paging) {
 *     return clients.list(paging.resolve(SORTING));
 * }
 * }</pre>
 */
public class PageQuery {

    @QueryParam("page")
    @Parameter(description = "Which page, from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "0", maximum = "2147483647", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "How many items a page holds", schema = @Schema(type = SchemaType.INTEGER,
            format = "int32", minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
            defaultValue = "" + PageRequest.DEFAULT_SIZE))
    String size;

    @QueryParam("sort")
    @Parameter(description = "field,asc or field,desc; repeat for more than one; the fields each list names",
            schema = @Schema(type = SchemaType.ARRAY, maxItems = Sorting.MAX_ORDERS, implementation = SortText.class))
    List<String> sort;

    public PageQuery() {
    }

    public PageQuery(String page, String size, List<String> sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    @Schema(name = "SortOrder", type = SchemaType.STRING, maxLength = 100, examples = "createdAt,desc",
            pattern = "^[A-Za-z]+(,([Aa][Ss][Cc]|[Dd][Ee][Ss][Cc]))?$")
    static final class SortText {
    }

    public PageRequest resolve(Sorting sorting) {
        return PageRequest.parse(page, size, sort, sorting);
    }
}
