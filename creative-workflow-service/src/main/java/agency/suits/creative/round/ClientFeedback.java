package agency.suits.creative.round;

import agency.suits.creative.job.Comment;
import agency.suits.events.creative.ClientDecision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The client's consolidated feedback on the round; {@code returnedAt} defaults to now. */
// not "ClientFeedback" in the joined document: clients-service speaks of clients in general, this is one round's
@Schema(name = "RoundFeedback", examples = """
        {"decision": "CHANGES_REQUESTED", "comments": [{"text": "Does not say ride past the queue",
         "section": "PROPOSITION"}], "returnedAt": "2025-03-05T16:30:00Z"}""")
public record ClientFeedback(
        @NotNull ClientDecision decision,
        @Size(max = 200) List<@Valid @NotNull Comment> comments,
        @PastOrPresent Instant returnedAt) {

    public List<Comment> commentList() {
        return comments == null ? List.of() : comments;
    }
}
