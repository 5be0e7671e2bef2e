package agency.suits.clients.webhook;

import agency.suits.web.Created;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Events sent to the agency's other systems as signed CloudEvents "
        + "(docs/webhooks.md); admins only")
public class WebhookResource {

    private static final Sorting SUBSCRIPTIONS = Sorting.by("createdAt", "targetUrl")
            .byDefault("createdAt", SortOrder.Direction.DESC);
    private static final Sorting DELIVERIES = Sorting.by("createdAt", "nextAttemptAt")
            .byDefault("createdAt", SortOrder.Direction.DESC);

    @Inject WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhookSubscription", summary = "Register a receiver for some event types, "
            + "perhaps of one client; the answer shows the signing secret, once")
    @APIResponseSchema(value = RegisteredWebhookSubscription.class, responseCode = "201",
            responseDescription = "Registered; Location set")
    public RestResponse<RegisteredWebhookSubscription> register(@Valid @NotNull NewWebhookSubscription request,
                                                               @Context UriInfo uriInfo) {
        RegisteredWebhookSubscription registered = webhooks.register(request);
        return Created.at(uriInfo, registered.subscription().id(), registered);
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "The subscriptions, paused ones flagged with why")
    public Page<WebhookSubscriptionView> list(@Parameter(description = "Only those in this state")
                                              @QueryParam("status") SubscriptionStatus status,
                                              @BeanParam PageQuery paging) {
        return webhooks.list(status, paging.resolve(SUBSCRIPTIONS));
    }

    @GET
    @Path("{subscriptionId}")
    @Operation(operationId = "getWebhookSubscription", summary = "One subscription")
    public WebhookSubscriptionView get(@PathParam("subscriptionId") UUID subscriptionId) {
        return webhooks.get(subscriptionId);
    }

    @DELETE
    @Path("{subscriptionId}")
    @Operation(operationId = "removeWebhookSubscription", summary = "Remove a subscription and its delivery log")
    @APIResponse(responseCode = "204", description = "Removed; nothing more is sent to it")
    public void remove(@PathParam("subscriptionId") UUID subscriptionId) {
        webhooks.remove(subscriptionId);
    }

    @POST
    @Path("{subscriptionId}/pause")
    @Operation(operationId = "pauseWebhookSubscription", summary = "Hold a subscription's deliveries: events keep "
            + "being queued for it, and are sent when it is resumed")
    @APIResponseSchema(value = WebhookSubscriptionView.class, responseDescription = "The subscription, paused")
    public WebhookSubscriptionView pause(@PathParam("subscriptionId") UUID subscriptionId) {
        return webhooks.pause(subscriptionId);
    }

    @POST
    @Path("{subscriptionId}/resume")
    @Operation(operationId = "resumeWebhookSubscription", summary = "Send again, what waited first; its failure "
            + "count starts afresh")
    @APIResponseSchema(value = WebhookSubscriptionView.class, responseDescription = "The subscription, active")
    public WebhookSubscriptionView resume(@PathParam("subscriptionId") UUID subscriptionId) {
        return webhooks.resume(subscriptionId);
    }

    @GET
    @Path("{subscriptionId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log: status, tries, last answer and "
            + "latency of each delivery, newest first")
    public Page<WebhookDeliveryView> deliveries(@PathParam("subscriptionId") UUID subscriptionId,
                                                @Parameter(description = "Only those in this state")
                                                @QueryParam("status") DeliveryStatus status,
                                                @BeanParam PageQuery paging) {
        return webhooks.deliveries(subscriptionId, status, paging.resolve(DELIVERIES));
    }

    @GET
    @Path("{subscriptionId}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery with every try it took")
    public WebhookDeliveryDetail delivery(@PathParam("subscriptionId") UUID subscriptionId,
                                          @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.delivery(subscriptionId, deliveryId);
    }

    @POST
    @Path("{subscriptionId}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again, the same signed CloudEvent "
            + "under the same delivery id")
    @APIResponseSchema(value = WebhookDeliveryView.class, responseCode = "202",
            responseDescription = "Queued; sent within seconds while the subscription is active")
    public RestResponse<WebhookDeliveryView> replay(@PathParam("subscriptionId") UUID subscriptionId,
                                                    @PathParam("deliveryId") UUID deliveryId) {
        return RestResponse.accepted(webhooks.replay(subscriptionId, deliveryId));
    }
}
