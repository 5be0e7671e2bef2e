package agency.suits.creative.version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A version of a piece of work as the API shows it; {@code notes} only when its creative wrote some. */
public record WorkVersionView(
        UUID id,
        UUID deliverableId,
        int versionNumber,
        int round,
        String title,
        String mediaType,
        String assetUrl,
        String checksum,
        @Schema(nullable = true) String notes,
        UUID createdBy,
        Instant createdAt) {

    static WorkVersionView of(WorkVersion v) {
        return new WorkVersionView(v.id, v.deliverableId, v.versionNumber, v.round, v.title, v.mediaType,
                v.assetUrl, v.checksum, v.notes, v.createdBy, v.createdAt);
    }
}
