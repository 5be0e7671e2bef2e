package agency.suits.clients.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as sent to create or replace one. */
@Schema(examples = """
        {"name": "Wile E. Coyote", "email": "wile@acme.example", "phone": "+44 20 7946 0000",
         "jobTitle": "Marketing director", "decisionMaker": true}""")
public record ContactDetails(
        @Schema(examples = "Wile E. Coyote") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "wile@acme.example") @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        @Schema(examples = "+44 20 7946 0000") @Size(max = 50) @Pattern(regexp = "[0-9+()./ -]*",
                message = "may hold digits, spaces and + ( ) . / - only") String phone,
        @Schema(examples = "Marketing director") @Size(max = 100) String jobTitle,
        @NotNull Boolean decisionMaker) {
}
