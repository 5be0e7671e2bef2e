package agency.suits.events.creative;

import agency.suits.events.Invariants;

import java.util.UUID;

/** A version of a piece of work, numbered per deliverable of the brief. */
public record WorkVersionRef(UUID workVersionId, UUID deliverableId, int versionNumber, String title) {

    public WorkVersionRef {
        Invariants.present(workVersionId, "workVersionId");
        Invariants.present(deliverableId, "deliverableId");
        Invariants.atLeast(versionNumber, 1, "versionNumber");
        Invariants.text(title, "title");
    }
}
