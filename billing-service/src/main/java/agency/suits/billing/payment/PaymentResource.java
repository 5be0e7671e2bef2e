package agency.suits.billing.payment;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/invoices/{id}/payments")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject PaymentService payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record money received against an issued invoice, exactly once per Idempotency-Key; "
            + "publishes PaymentReceived")
    @APIResponse(responseCode = "201",
            description = "Recorded; a retry with the same key and body gets this same answer",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "Idempotency-Key missing, or the body is invalid")
    @APIResponse(responseCode = "409", description = "The invoice is not issued, or is paid or void")
    @APIResponse(responseCode = "422",
            description = "More than outstanding, another currency, or the key was used for a different request")
    public Response record(@PathParam("id") UUID invoiceId,
                           @Parameter(description = "A client-chosen unique key per payment; retries reuse it",
                                   required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
                           @HeaderParam(IdempotencyKey.HEADER) String key,
                           @Valid @NotNull NewPayment payment, @Context UriInfo uriInfo) {
        RecordedPayment recorded = payments.record(invoiceId, IdempotencyKey.required(key), payment);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(recorded.paymentId().toString()).build())
                .entity(recorded.json()).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Operation(summary = "Payments of an invoice, in the order they were recorded")
    @APIResponse(responseCode = "200", description = "The payments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentView.class)))
    public Response list(@PathParam("id") UUID invoiceId) {
        String json = payments.ofInvoice(invoiceId).stream().map(RecordedPayment::json)
                .collect(Collectors.joining(",", "[", "]"));
        return Response.ok(json).type(MediaType.APPLICATION_JSON).build();
    }
}
