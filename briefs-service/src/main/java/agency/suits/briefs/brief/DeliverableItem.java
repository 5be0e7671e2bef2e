package agency.suits.briefs.brief;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A piece of work the brief asks for. Format and specs may wait while drafting; the completeness view asks for them.
 * A new item comes without an id and gets one when saved; creative work versions point at that id.
 */
public record DeliverableItem(
        UUID deliverableId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String format,
        @Size(max = 2000) String specs) {
}
