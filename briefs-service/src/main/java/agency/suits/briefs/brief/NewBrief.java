package agency.suits.briefs.brief;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Starts the brief of a job; the sections may follow in later saves. */
@Schema(examples = """
        {"jobRequestId": "6f1c2a7e-3b4d-4e8f-9a10-2b3c4d5e6f70",
         "content": {"background": "Acme launches a lighter running shoe in spring.",
                     "objective": "Make runners try the shoe in its first month.", "tone": "Energetic, witty"}}""")
public record NewBrief(@NotNull UUID jobRequestId, @Valid BriefContent content) {
}
