package agency.suits.briefs.brief;

import java.util.List;

/** The sections that differ between two revisions of a brief. */
public record BriefVersionDiff(int from, int to, List<BriefDiff.Change> changes) {
}
