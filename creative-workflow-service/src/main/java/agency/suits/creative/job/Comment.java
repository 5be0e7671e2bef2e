package agency.suits.creative.job;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * One comment of a review step. It may point at a brief section (a mandatory by its id), at a work version, at both
 * or at neither.
 */
@Schema(name = "ReviewComment")
public record Comment(
        @NotBlank @Size(max = 4000) String text,
        BriefSection section,
        UUID mandatoryId,
        UUID workVersionId) {
}
