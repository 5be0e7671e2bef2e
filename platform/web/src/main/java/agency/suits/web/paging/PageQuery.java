package agency.suits.web.paging;

import jakarta.ws.rs.QueryParam;

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
    String page;

    @QueryParam("size")
    String size;

    @QueryParam("sort")
    List<String> sort;

    public PageQuery() {
    }

    public PageQuery(String page, String size, List<String> sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public PageRequest resolve(Sorting sorting) {
        return PageRequest.parse(page, size, sort, sorting);
    }
}
