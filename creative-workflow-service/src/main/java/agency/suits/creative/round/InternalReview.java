package agency.suits.creative.round;

import agency.suits.creative.job.Comment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The creative director's verdict on the round's work before anyone outside the department sees it. */
@Schema(examples = """
        {"outcome": "SENT_BACK", "comments": [{"text": "Tighter crop on the hero shot",
         "workVersionId": "8d0c6f3a-2b1e-4c7d-9a5f-6e4b3c2d1a09"}]}""")
public record InternalReview(
        @NotNull Outcome outcome,
        @Size(max = 100) List<@Valid @NotNull Comment> comments) {

    @Schema(name = "InternalReviewOutcome")
    public enum Outcome { APPROVED, SENT_BACK }

    public List<Comment> commentList() {
        return comments == null ? List.of() : comments;
    }
}
