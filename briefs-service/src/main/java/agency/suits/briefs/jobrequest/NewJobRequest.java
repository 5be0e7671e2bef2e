package agency.suits.briefs.jobrequest;

import agency.suits.events.Money;
import agency.suits.events.briefs.RequestChannel;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the client asked for, as the account team logs it. The budget and the client contact are optional. */
public record NewJobRequest(
        @NotNull UUID clientId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> requestedDeliverables,
        @NotNull @FutureOrPresent LocalDate wantedBy,
        Money budgetIndication,
        UUID requestedByContactId,
        @NotNull RequestChannel channel) {
}
