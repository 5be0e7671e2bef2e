package agency.suits.clients.staff;

import agency.suits.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A new directory entry; {@code id} is the staff id the identity provider puts in the person's token subject. */
@Schema(examples = """
        {"id": "5b0c1a7e-3d2f-4c8a-9e61-2f7d4b9a0c13", "name": "Sam Sterling", "email": "sam@agency.example",
         "role": "ACCOUNT_SUPERVISOR", "reportsTo": "0f3e8d6c-1b2a-4e5f-8a9b-7c6d5e4f3a21"}""")
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
