package agency.suits.briefs.brief;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a submitted brief is taken back from creative; BriefWithdrawn carries the reason to them. */
@Schema(name = "BriefWithdrawal", examples = """
        {"reason": "The client paused the launch until the autumn"}""")
public record Withdrawal(@NotBlank @Size(max = 1000) String reason) {
}
