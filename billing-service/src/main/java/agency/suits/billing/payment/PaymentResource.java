package agency.suits.billing.payment;

import agency.suits.billing.access.Approver;
import agency.suits.billing.access.BillingAccess;
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
import org.hibernate.exception.ConstraintViolationException;

import java.util.UUID;

@Path("/api/invoices/{id}/payments")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Payments payments;
    private final BillingAccess access;

    PaymentResource(Payments payments, BillingAccess access) {
        this.payments = payments;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record money received against an issued invoice, exactly once per Idempotency-Key; "
            + "publishes PaymentReceived")
    @APIResponse(responseCode = "201", description = "Recorded; a retry with the same key and body gets this same answer",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "Idempotency-Key missing, or the body is invalid")
    @APIResponse(responseCode = "409", description = "The invoice is not issued, or is paid or void")
    @APIResponse(responseCode = "422", description = "More than outstanding, another currency, or the key was used for a different request")
    public Response record(@PathParam("id") UUID invoiceId,
                           @Parameter(description = "A client-chosen unique key per payment; retries reuse it",
                                   required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
                           @HeaderParam(IDEMPOTENCY_KEY) String key,
                           @Valid @NotNull PaymentBody body, @Context UriInfo uriInfo) {
        IdempotencyKeyProblem.require(key);
        access.requireMoneyRole();
        Approver.requireFinance(access.staff(), "record payments");
        access.requireVisible(payments.clientOf(invoiceId), "Invoice", invoiceId);
        Payments.Recorded recorded;
        try {
            recorded = payments.record(invoiceId, key, body, access.staffId());
        } catch (RuntimeException failure) {
            if (!isKeyTaken(failure)) {
                throw failure;
            }
            // another request took the key between our look-up and our insert: answer as a retry of it
            recorded = payments.replay(key, Payments.fingerprint(invoiceId, body)).orElseThrow(() -> failure);
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(recorded.paymentId().toString()).build())
                .entity(recorded.body()).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Operation(summary = "Payments of an invoice, in the order they were recorded")
    @APIResponse(responseCode = "200", description = "The payments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentView.class)))
    public Response list(@PathParam("id") UUID invoiceId) {
        access.requireMoneyRole();
        access.requireVisible(payments.clientOf(invoiceId), "Invoice", invoiceId);
        return Response.ok("[" + String.join(",", payments.ofInvoice(invoiceId)) + "]")
                .type(MediaType.APPLICATION_JSON).build();
    }

    private static boolean isKeyTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains("idempotency_key")) {
                return true;
            }
        }
        return false;
    }
}
