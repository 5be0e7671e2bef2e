package agency.suits.billing.payment;

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
import jakarta.ws.rs.GET;
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

@Path("/api/invoices/{invoiceId}/payments")
@Tag(name = "Payments", description = "Money received against an issued invoice, recorded exactly once per key")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private static final Sorting SORTING = Sorting.by("recordedAt", "receivedOn")
            .byDefault("recordedAt", SortOrder.Direction.ASC);

    @Inject PaymentService payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPayment", summary = "Record money received against an issued invoice, exactly "
            + "once per Idempotency-Key; publishes PaymentReceived")
    @APIResponseSchema(value = PaymentView.class, responseCode = "201",
            responseDescription = "Recorded; a retry with the same key and body gets this same answer")
    @APIResponse(responseCode = "400", description = "Idempotency-Key missing, or the body is invalid")
    @APIResponse(responseCode = "409", description = "The invoice is not issued, or is paid or void")
    @APIResponse(responseCode = "422",
            description = "More than outstanding, another currency, or the key was used for a different request")
    public RestResponse<PaymentView> record(@PathParam("invoiceId") UUID invoiceId,
                                            @Parameter(description = "A client-chosen unique key per payment; "
                                                    + "retries reuse it", required = true,
                                                    schema = @Schema(type = SchemaType.STRING,
                                                            maxLength = IdempotencyKey.MAX_LENGTH))
                                            @HeaderParam(IdempotencyKey.HEADER) String key,
                                            @Valid @NotNull NewPayment payment, @Context UriInfo uriInfo) {
        PaymentView recorded = payments.record(invoiceId, IdempotencyKey.required(key), payment);
        return Created.at(uriInfo, recorded.id(), recorded);
    }

    @GET
    @Operation(operationId = "listPaymentsOfInvoice",
            summary = "Payments of an invoice, in the order they were recorded")
    public Page<PaymentView> list(@PathParam("invoiceId") UUID invoiceId, @BeanParam PageQuery paging) {
        return payments.ofInvoice(invoiceId, paging.resolve(SORTING));
    }
}
