package agency.suits.briefs.brief;

import java.util.List;

/** What the latest revision of a brief still lacks before approval and submission. */
public record Completeness(int revision, boolean complete, List<BriefCompleteness.Gap> missing) {
}
