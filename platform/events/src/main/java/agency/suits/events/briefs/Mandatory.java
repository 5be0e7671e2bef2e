package agency.suits.events.briefs;

import agency.suits.events.Invariants;

import java.util.UUID;

/** Something the work must include or respect; client feedback can point at it by {@code mandatoryId}. */
public record Mandatory(UUID mandatoryId, String text) {

    public Mandatory {
        Invariants.present(mandatoryId, "mandatoryId");
        Invariants.text(text, "text");
    }
}
