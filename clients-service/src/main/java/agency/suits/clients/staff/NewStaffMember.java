package agency.suits.clients.staff;

import agency.suits.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A new directory entry; {@code id} is the staff id the identity provider puts in the person's token subject. */
public record NewStaffMember(
        @NotNull UUID id,
        @Schema(examples = "Sam Sterling") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "sam@agency.example") @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        @NotNull Role role,
        UUID reportsTo) {

    StaffDetails details() {
        return new StaffDetails(name, email, role, reportsTo);
    }
}
