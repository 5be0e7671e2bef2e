package agency.suits.clients.staff;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code active: false} when a person leaves the agency, {@code true} when they come back (with no team places). */
@Schema(examples = """
        {"active": false}""")
public record StaffStatusChange(@NotNull Boolean active) {
}
