package agency.suits.briefs.jobrequest;

import agency.suits.events.briefs.RequestChannel;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the client asked for, as the account team logs it. The budget and the client contact are optional; a budget
 * finer than its currency's minor units is refused when the request is taken (422).
 */
@Schema(examples = """
        {"clientId": "0b7e9a52-4c1d-4f3a-8e2b-5d6c7a8b9c01", "title": "Spring launch",
         "description": "A launch film and key visual for the new running shoe",
         "requestedDeliverables": ["30s film", "Key visual"], "wantedBy": "2030-03-01",
         "budgetIndication": {"amount": "25000.00", "currency": "EUR"},
         "requestedByContactId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "channel": "EMAIL"}""")
public record NewJobRequest(
        @NotNull UUID clientId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> requestedDeliverables,
        @NotNull @FutureOrPresent LocalDate wantedBy,
        @Valid MoneyJson budgetIndication,
        UUID requestedByContactId,
        @NotNull RequestChannel channel) {

    public NewJobRequest {
        wellFormedBudget(budgetIndication, "budgetIndication");
    }

    /**
     * A budget as the body carries it (a job's indication, a brief's budget) is never negative and names its
     * currency by an ISO 4217 code: refused while the body is read, as an invalid body (400), as it always was.
     */
    public static void wellFormedBudget(MoneyJson budget, String field) {
        if (budget == null) {
            return;
        }
        if (budget.amount() != null && budget.amount().startsWith("-")) {
            throw new IllegalArgumentException(field + " must not be negative, was " + budget.amount());
        }
        if (budget.currency() != null && !budget.currency().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(field + ".currency must be an ISO 4217 code such as EUR, was "
                    + budget.currency());
        }
    }
}
