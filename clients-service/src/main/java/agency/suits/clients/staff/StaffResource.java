package agency.suits.clients.staff;

import agency.suits.web.Created;
import agency.suits.web.IfMatch;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "The agency's people; directors and admins keep the directory")
public class StaffResource {

    private static final Sorting SORTING = Sorting.by("name", "role", "email")
            .byDefault("name", SortOrder.Direction.ASC);

    @Inject StaffService directory;

    /** Who the token says the caller is: what every client shows after sign-in. */
    @GET
    @Path("me")
    public SignedInStaff me() {
        return directory.me();
    }

    @GET
    @Operation(summary = "The staff directory, filtered by role and searched by name or email")
    public Page<StaffView> list(@Parameter(description = "An agency role, e.g. ACCOUNT_SUPERVISOR")
                                @QueryParam("role") String role,
                                @QueryParam("q") @Size(max = 100) String q,
                                @BeanParam PageQuery paging) {
        return directory.list(role, q, paging.resolve(SORTING));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        StaffView member = directory.get(id);
        return Response.ok(member).tag(VersionTag.of(member.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a staff member under their token subject (directors, admins)")
    public RestResponse<StaffView> add(@Valid @NotNull NewStaffMember member, @Context UriInfo uriInfo) {
        StaffView added = directory.add(member);
        return Created.at(uriInfo, added.id(), added, added.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a staff member's entry (directors, admins); needs If-Match")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull StaffDetails details) {
        StaffView member = directory.replace(id, IfMatch.required(ifMatch), details);
        return Response.ok(member).tag(VersionTag.of(member.version())).build();
    }
}
