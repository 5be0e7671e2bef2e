package agency.suits.creative.job;

import agency.suits.domain.Violation;
import agency.suits.domain.RuleBroken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks that comments point at things of this job: a mandatory of its brief, a work version of its own. A
 * mandatory id only makes sense on a MANDATORY comment, and a MANDATORY comment must say which one.
 */
public final class CommentTargets {

    private CommentTargets() {
    }

    public static void check(List<Comment> comments, Set<UUID> mandatoryIds, Set<UUID> workVersionIds) {
        List<Violation> errors = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            Comment comment = comments.get(i);
            String at = "comments[" + i + "]";
            if (comment.section() == BriefSection.MANDATORY) {
                if (comment.mandatoryId() == null) {
                    errors.add(new Violation(at + ".mandatoryId", "a comment on a mandatory names the mandatory"));
                } else if (!mandatoryIds.contains(comment.mandatoryId())) {
                    errors.add(new Violation(at + ".mandatoryId", "is not a mandatory of this job's brief"));
                }
            } else if (comment.mandatoryId() != null) {
                errors.add(new Violation(at + ".mandatoryId", "only a comment on section MANDATORY names one"));
            }
            if (comment.workVersionId() != null) {
                if (!workVersionIds.contains(comment.workVersionId())) {
                    errors.add(new Violation(at + ".workVersionId", "is not a work version of this job"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken("Some comments point at things that are not part of this job", errors);
        }
    }
}
