package agency.suits.clients.staff;

import agency.suits.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A staff member's directory entry as sent to replace it. */
@Schema(examples = """
        {"name": "Sam Sterling", "email": "sam@agency.example", "role": "ACCOUNT_DIRECTOR",
         "reportsTo": "0f3e8d6c-1b2a-4e5f-8a9b-7c6d5e4f3a21"}""")
public record StaffDetails(
        @Schema(examples = "Sam Sterling") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "sam@agency.example") @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        @NotNull Role role,
        UUID reportsTo) {
}
