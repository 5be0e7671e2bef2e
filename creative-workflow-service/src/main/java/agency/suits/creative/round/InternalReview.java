package agency.suits.creative.round;

import agency.suits.creative.job.Comment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The creative director's verdict on the round's work before anyone outside the department sees it. */
public record InternalReview(
        @NotNull Outcome outcome,
        @Size(max = 100) List<@Valid @NotNull Comment> comments) {

    public enum Outcome { APPROVED, SENT_BACK }

    public List<Comment> commentList() {
        return comments == null ? List.of() : comments;
    }
}
