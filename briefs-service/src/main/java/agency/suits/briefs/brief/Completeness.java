package agency.suits.briefs.brief;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What the latest revision of a brief still lacks before approval and submission. */
@Schema(name = "BriefCompleteness")
public record Completeness(int revision, boolean complete, List<BriefCompleteness.Gap> missing) {
}
