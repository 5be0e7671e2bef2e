package agency.suits.clients.notification;

import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What happened on the caller's accounts that needs them, and why they "
        + "were told; each person mutes the kinds they do not want")
public class NotificationResource {

    private static final Sorting SORTING = Sorting.by("createdAt").byDefault("createdAt", SortOrder.Direction.DESC);

    @Inject NotificationService notifications;

    @GET
    @Path("notifications")
    @Operation(operationId = "listMyNotifications", summary = "The caller's notifications, unread first, then by "
            + "the sort asked for (newest first by default); only those about clients the caller sees today")
    public Page<NotificationView> list(@Parameter(description = "Only this kind") @QueryParam("kind")
                                       NotificationKind kind,
                                       @Parameter(description = "Only about this client") @QueryParam("clientId")
                                       UUID clientId,
                                       @BeanParam PageQuery paging) {
        return notifications.list(kind, clientId, paging.resolve(SORTING));
    }

    @POST
    @Path("notifications/{notificationId}/read")
    @Operation(operationId = "markNotificationRead",
            summary = "Mark one of the caller's notifications read (reading it again keeps the first time)")
    @APIResponseSchema(value = NotificationView.class, responseDescription = "The notification, read")
    @APIResponse(responseCode = "404", description = "Not the caller's, or about a client they no longer see")
    public NotificationView markRead(@PathParam("notificationId") UUID notificationId) {
        return notifications.markRead(notificationId);
    }

    @POST
    @Path("notifications/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every unread notification the caller sees "
            + "read")
    @APIResponseSchema(value = ReadAllView.class, responseDescription = "How many were marked read")
    public ReadAllView markAllRead() {
        return notifications.markAllRead();
    }

    @GET
    @Path("notification-settings")
    @Operation(operationId = "getMyNotificationSettings", summary = "The kinds of notification the caller muted")
    public NotificationSettings settings() {
        return notifications.settings();
    }

    @PUT
    @Path("notification-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMyNotificationSettings", summary = "Replace the kinds the caller muted: "
            + "nothing of a muted kind is kept for them while it stays muted")
    @APIResponseSchema(value = NotificationSettings.class, responseDescription = "The settings now")
    public NotificationSettings replaceSettings(@Valid @NotNull NotificationSettings settings) {
        return notifications.replaceSettings(settings);
    }
}
