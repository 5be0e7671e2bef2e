package agency.suits.creative.job;

import agency.suits.events.creative.CommentCounts;

import java.util.List;

/** How a round's comments were aimed, as FeedbackReturned reports it. */
public final class CommentTally {

    private CommentTally() {
    }

    public static CommentCounts of(List<Comment> comments) {
        int onProposition = 0;
        int onMandatories = 0;
        int onWork = 0;
        for (Comment comment : comments) {
            if (comment.section() == BriefSection.PROPOSITION) {
                onProposition++;
            }
            if (comment.section() == BriefSection.MANDATORY) {
                onMandatories++;
            }
            if (comment.workVersionId() != null) {
                onWork++;
            }
        }
        return new CommentCounts(comments.size(), onProposition, onMandatories, onWork);
    }
}
