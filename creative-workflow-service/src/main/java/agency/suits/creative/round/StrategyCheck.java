package agency.suits.creative.round;

import agency.suits.creative.job.Comment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The planner's check of the work against the brief: on strategy or not, comments aimed at the brief. */
@Schema(examples = """
        {"onStrategy": false, "comments": [{"text": "Leaves out the logo rule", "section": "MANDATORY",
         "mandatoryId": "5b7e2a91-0c3d-4f6e-8a1b-2d9c4e6f7a80"}]}""")
public record StrategyCheck(
        @NotNull Boolean onStrategy,
        @Size(max = 100) List<@Valid @NotNull Comment> comments) {

    public List<Comment> commentList() {
        return comments == null ? List.of() : comments;
    }
}
