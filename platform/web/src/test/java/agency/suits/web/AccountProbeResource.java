package agency.suits.web;

import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import agency.suits.web.problem.NotFoundProblem;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** A test-only resource that uses every convention of the library the way a service would. */
@Path("/probe/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountProbeResource {

    static final UUID KNOWN = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final long CURRENT_VERSION = 3;
    static final Sorting SORTING = Sorting.by("name", "since").byDefault("name", SortOrder.Direction.ASC);
    static final List<AccountView> BOOK = IntStream.rangeClosed(1, 45)
            .mapToObj(i -> new AccountView(UUID.randomUUID(), String.format("Account %02d", i),
                    LocalDate.of(2020, 1, 1).plusDays(45 - i), null, 1))
            .toList();

    public enum Kind { RETAINER, PROJECT }

    public record Contact(@NotBlank String name, @NotBlank @Email String email) {
    }

    @Schema(examples = """
            {"name": "Northwind Coffee", "since": "2024-03-01", "includedRounds": 2, "kind": "RETAINER",
             "contacts": [{"name": "Ada Brandt", "email": "ada@northwind.example"}]}""")
    public record NewAccount(
            @JsonProperty(access = JsonProperty.Access.READ_ONLY) UUID id,
            @NotBlank @Size(max = 80) String name,
            @NotNull LocalDate since,
            @Min(0) int includedRounds,
            Kind kind,
            List<@Valid Contact> contacts) {
    }

    public record Rename(@NotBlank String name) {
        public Rename {
            if (name != null && name.contains("<")) {
                throw new IllegalArgumentException("a name must not contain markup");
            }
        }
    }

    public record AccountView(UUID id, String name, LocalDate since, @Schema(nullable = true) Kind kind, long version)
            implements Identified {
    }

    @POST
    @APIResponseSchema(value = AccountView.class, responseCode = "201", responseDescription = "Registered")
    public RestResponse<AccountView> register(@Valid @NotNull NewAccount account, @Context UriInfo uriInfo) {
        AccountView created = new AccountView(UUID.randomUUID(), account.name(), account.since(), account.kind(), 1);
        return Created.at(uriInfo, created);
    }

    @GET
    public Page<AccountView> list(@BeanParam PageQuery paging) {
        PageRequest request = paging.resolve(SORTING);
        Comparator<AccountView> order = null;
        for (SortOrder sort : request.sort()) {
            Comparator<AccountView> key = sort.field().equals("since")
                    ? Comparator.comparing(AccountView::since) : Comparator.comparing(AccountView::name);
            key = sort.ascending() ? key : key.reversed();
            order = order == null ? key : order.thenComparing(key);
        }
        List<AccountView> items = BOOK.stream().sorted(order)
                .skip(request.offset()).limit(request.size()).toList();
        return Page.of(items, request, BOOK.size());
    }

    @GET
    @Path("{id}")
    public RestResponse<AccountView> get(@PathParam("id") UUID id) {
        if (!KNOWN.equals(id)) {
            throw NotFoundProblem.of("Account", id);
        }
        return VersionTag.ok(new AccountView(id, "Known", LocalDate.of(2020, 1, 1), Kind.RETAINER, CURRENT_VERSION));
    }

    @GET
    @Path("{id}/card")
    @Produces(MediaType.TEXT_PLAIN)
    public String card(@PathParam("id") UUID id) {
        return "Account " + id;
    }

    @PUT
    @Path("{id}")
    public Response rename(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Rename rename) {
        IfMatch.required(ifMatch).verify(CURRENT_VERSION);
        return Response.ok(new AccountView(id, rename.name(), LocalDate.of(2020, 1, 1), null, CURRENT_VERSION + 1))
                .tag(VersionTag.of(CURRENT_VERSION + 1)).build();
    }

    @GET
    @Path("search")
    public List<String> search(@QueryParam("limit") @Max(50) int limit) {
        return List.of();
    }
}
