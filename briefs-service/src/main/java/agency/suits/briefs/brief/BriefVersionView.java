package agency.suits.briefs.brief;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One saved revision: who saved it, which sections it changed and, when asked for singly, its content (a list of
 * revisions leaves the content out).
 */
public record BriefVersionView(int revision, UUID savedBy, Instant savedAt, List<String> changed,
                               @Schema(nullable = true) BriefContent content) {

    static BriefVersionView summary(BriefVersion version) {
        return new BriefVersionView(version.key.revision(), version.savedBy, version.savedAt,
                List.copyOf(version.changed), null);
    }

    static BriefVersionView whole(BriefVersion version) {
        return new BriefVersionView(version.key.revision(), version.savedBy, version.savedAt,
                List.copyOf(version.changed), version.content);
    }
}
