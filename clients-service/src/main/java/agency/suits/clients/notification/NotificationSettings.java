package agency.suits.clients.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** The kinds of notification a person does not want; an empty list mutes nothing. */
@Schema(examples = """
        {"mutedKinds": ["PAYMENT_RECEIVED", "INVOICE_ISSUED"]}""")
public record NotificationSettings(
        @NotNull @Size(max = 20) @Schema(maxItems = 20) Set<@NotNull NotificationKind> mutedKinds) {

    public NotificationSettings {
        mutedKinds = mutedKinds == null ? null : Set.copyOf(mutedKinds);
    }
}
