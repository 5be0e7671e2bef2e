package agency.suits.clients.contract;

import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import agency.suits.web.problem.InvalidParameterProblem;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

@Path("/api/contracts/renewals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class RenewalResource {

    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    private static final Sorting SORTING = Sorting.by("endsOn").byDefault("endsOn", SortOrder.Direction.ASC);

    @Inject RenewalService renewals;

    @GET
    @Operation(operationId = "listUpcomingRenewals",
            summary = "Contracts of the caller's book ending within the period and not renewed, soonest first, paged")
    public Page<RenewalView> renewals(@Parameter(description = "ISO 8601 period, e.g. P60D or P3M; at most five years",
                                              example = "P60D")
                                      @QueryParam("within") @DefaultValue("P60D") @Size(max = 20) String within,
                                      @BeanParam PageQuery paging) {
        return renewals.endingWithin(period(within), paging.resolve(SORTING));
    }

    private static Period period(String text) {
        Period period;
        try {
            period = Period.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterProblem("within", "must be an ISO 8601 period such as P60D");
        }
        if (period.isNegative() || period.isZero() || EPOCH.plus(period).isAfter(EPOCH.plusYears(5))) {
            throw new InvalidParameterProblem("within", "must be a positive period of at most five years");
        }
        return period;
    }
}
