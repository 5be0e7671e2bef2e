package agency.suits.clients.staff;

import agency.suits.web.IfMatchHeader;
import agency.suits.web.Created;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "The agency's people and their reporting lines; directors and admins keep them")
public class StaffResource {

    private static final Sorting SORTING = Sorting.by("name", "role", "email")
            .byDefault("name", SortOrder.Direction.ASC);

    @Inject StaffService directory;

    /** Who the token says the caller is: what every client shows after sign-in. */
    @GET
    @Path("me")
    @Operation(operationId = "getSignedInStaff", summary = "Who the token says the caller is: staff id and roles")
    public SignedInStaff me() {
        return directory.me();
    }

    @GET
    @Operation(operationId = "listStaff",
            summary = "The staff directory, filtered by role and searched by name or email")
    public Page<StaffView> list(@Parameter(description = "An agency role, e.g. ACCOUNT_SUPERVISOR")
                                @QueryParam("role") @Size(max = 30) String role,
                                @QueryParam("q") @Size(max = 100) String q,
                                @BeanParam PageQuery paging) {
        return directory.list(role, q, paging.resolve(SORTING));
    }

    @GET
    @Path("{staffId}")
    @Operation(operationId = "getStaffMember", summary = "A staff member's directory entry, with its version as ETag")
    public RestResponse<StaffView> get(@PathParam("staffId") UUID staffId) {
        return VersionTag.ok(directory.get(staffId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addStaffMember",
            summary = "Add a staff member under their token subject (directors, admins)")
    @APIResponseSchema(value = StaffView.class, responseCode = "201",
            responseDescription = "Added; Location and ETag set")
    public RestResponse<StaffView> add(@Valid @NotNull NewStaffMember member, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, directory.add(member));
    }

    @PUT
    @Path("{staffId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceStaffMember",
            summary = "Replace a staff member's entry (directors, admins); needs If-Match")
    public RestResponse<StaffView> replace(@PathParam("staffId") UUID staffId,
                                           @BeanParam IfMatchHeader ifMatch,
                                           @Valid @NotNull StaffDetails details) {
        return VersionTag.ok(directory.replace(staffId, ifMatch.required(), details));
    }

    @POST
    @Path("{staffId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeStaffStatus", summary = "Mark a person as having left the agency (active false: "
            + "they leave every account team at once) or as back (directors, admins); needs If-Match")
    @APIResponseSchema(value = StaffView.class, responseDescription = "The entry with its new status")
    @APIResponse(responseCode = "409",
            description = "They are the primary supervisor of an active client: name another primary first")
    public RestResponse<StaffView> changeStatus(@PathParam("staffId") UUID staffId,
                                                @BeanParam IfMatchHeader ifMatch,
                                                @Valid @NotNull StaffStatusChange change) {
        return VersionTag.ok(directory.changeStatus(staffId, ifMatch.required(), change));
    }
}
