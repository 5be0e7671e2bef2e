package agency.suits.clients.client;

import agency.suits.events.clients.AccountRole;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Puts a staff member on the team in a role; {@code primary} (default false) makes a supervisor the main contact. */
@Schema(name = "AccountTeamAssignment", examples = """
        {"role": "ACCOUNT_EXECUTIVE", "primary": false}""")
public record TeamAssignment(@NotNull AccountRole role, Boolean primary) {

    boolean isPrimary() {
        return Boolean.TRUE.equals(primary);
    }
}
