package agency.suits.creative.trail;

import agency.suits.creative.job.Comment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Replaces the comments of a recorded decision, saying why; the decision it corrects stays in the trail. */
@Schema(name = "DecisionCorrection", examples = """
        {"reason": "The client meant the mandatory logo rule", "comments": [{"text": "Logo top right",
         "section": "MANDATORY", "mandatoryId": "5b7e2a91-0c3d-4f6e-8a1b-2d9c4e6f7a80"}]}""")
public record Correction(
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @Size(max = 200) List<@Valid @NotNull Comment> comments) {
}
