package agency.suits.creative.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The part of the brief a comment is about; MANDATORY comments also name the mandatory. */
// not "BriefSection": briefs-service names the sections a brief is written in, which are not these
@Schema(name = "CommentedBriefSection")
public enum BriefSection {
    BACKGROUND,
    OBJECTIVE,
    TARGET_AUDIENCE,
    INSIGHT,
    PROPOSITION,
    REASONS_TO_BELIEVE,
    TONE,
    MANDATORY,
    DELIVERABLES,
    TIMING
}
