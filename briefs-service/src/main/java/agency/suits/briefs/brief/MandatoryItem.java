package agency.suits.briefs.brief;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Something the work must include or respect. A new item comes without an id and gets one when saved. */
public record MandatoryItem(UUID mandatoryId, @NotBlank @Size(max = 1000) String text) {
}
