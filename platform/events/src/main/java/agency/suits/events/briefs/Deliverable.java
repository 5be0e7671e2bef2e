package agency.suits.events.briefs;

import agency.suits.events.Invariants;

import java.util.UUID;

/** A piece of work the brief asks for; creative work versions point at it by {@code deliverableId}. */
public record Deliverable(UUID deliverableId, String name, String format, String specs) {

    public Deliverable {
        Invariants.present(deliverableId, "deliverableId");
        Invariants.text(name, "name");
        Invariants.text(format, "format");
        Invariants.text(specs, "specs");
    }
}
