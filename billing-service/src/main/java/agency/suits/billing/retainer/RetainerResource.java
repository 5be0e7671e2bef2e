package agency.suits.billing.retainer;

import agency.suits.billing.invoice.InvoiceView;
import agency.suits.web.VersionTag;
import agency.suits.web.problem.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** Under /api/invoices because what it drafts is an invoice (and the gateway routes billing by its prefixes). */
@Path("/api/invoices/retainer-redrafts")
@Tag(name = "Invoices", description = "Invoices to clients: drafted, issued with a gap-free number, paid or voided")
@Produces(MediaType.APPLICATION_JSON)
public class RetainerResource {

    @Inject RetainerService retainers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redraftRetainerPeriod",
            summary = "Draft the invoice of a retainer period again whose invoice was voided (a person's decision)")
    @APIResponseSchema(value = InvoiceView.class, responseCode = "201",
            responseDescription = "Drafted, with the drafter recorded (four eyes apply)")
    @APIResponse(responseCode = "403", description = "Coordinators draft nothing that moves money")
    @APIResponse(responseCode = "404", description = "No such retainer contract, or of a client outside the "
            + "caller's book", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The period has an invoice that is not void")
    @APIResponse(responseCode = "422", description = "No started period of the contract begins on that day")
    public RestResponse<InvoiceView> redraft(@Valid @NotNull RetainerRedraft body, @Context UriInfo uriInfo) {
        InvoiceView invoice = retainers.redraft(body);
        // the invoice lives with the others, not under this action's path
        URI location = uriInfo.getBaseUriBuilder().path("api/invoices/{invoiceId}").build(invoice.id());
        return RestResponse.ResponseBuilder.<InvoiceView>created(location).entity(invoice)
                .tag(VersionTag.of(invoice.version())).build();
    }
}
