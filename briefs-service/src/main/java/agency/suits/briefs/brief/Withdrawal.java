package agency.suits.briefs.brief;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Withdrawal(@NotBlank @Size(max = 1000) String reason) {
}
