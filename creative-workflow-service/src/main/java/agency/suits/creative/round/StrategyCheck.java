package agency.suits.creative.round;

import agency.suits.creative.job.Comment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The planner's check of the work against the brief: on strategy or not, comments aimed at the brief. */
public record StrategyCheck(
        @NotNull Boolean onStrategy,
        @Size(max = 100) List<@Valid @NotNull Comment> comments) {

    public List<Comment> commentList() {
        return comments == null ? List.of() : comments;
    }
}
