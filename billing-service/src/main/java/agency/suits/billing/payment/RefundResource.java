package agency.suits.billing.payment;

import agency.suits.web.Created;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/invoices/{invoiceId}/refunds")
@Tag(name = "Payments", description = "Money received against issued invoices, recorded once per Idempotency-Key")
@Produces(MediaType.APPLICATION_JSON)
public class RefundResource {

    @Inject PaymentService payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordRefund", summary = "Record money paid back to the client from the invoice's "
            + "credit balance, exactly once per Idempotency-Key")
    @APIResponseSchema(value = PaymentView.class, responseCode = "201",
            responseDescription = "Recorded; a retry with the same key and body gets this same answer")
    @APIResponse(responseCode = "400", description = "Idempotency-Key missing, or the body is invalid")
    @APIResponse(responseCode = "409", description = "The invoice is not issued")
    @APIResponse(responseCode = "422",
            description = "More than the credit balance, another currency, or the key was used for another request")
    public RestResponse<PaymentView> record(@PathParam("invoiceId") UUID invoiceId,
                                            @Parameter(description = "A client-chosen unique key per refund; "
                                                    + "retries reuse it", required = true,
                                                    schema = @Schema(type = SchemaType.STRING,
                                                            maxLength = IdempotencyKey.MAX_LENGTH))
                                            @HeaderParam(IdempotencyKey.HEADER) String key,
                                            @Valid @NotNull NewRefund refund, @Context UriInfo uriInfo) {
        PaymentView recorded = payments.refund(invoiceId, IdempotencyKey.required(key), refund);
        return Created.at(uriInfo, recorded.id(), recorded);
    }
}
