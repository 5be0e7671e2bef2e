package agency.suits.creative.version;

import java.time.Instant;
import java.util.UUID;

public record WorkVersionView(
        UUID id,
        UUID deliverableId,
        int versionNumber,
        int round,
        String title,
        String mediaType,
        String assetUrl,
        String checksum,
        String notes,
        UUID createdBy,
        Instant createdAt) {

    static WorkVersionView of(WorkVersion v) {
        return new WorkVersionView(v.id, v.deliverableId, v.versionNumber, v.round, v.title, v.mediaType,
                v.assetUrl, v.checksum, v.notes, v.createdBy, v.createdAt);
    }
}
