package agency.suits.events.briefs;

import agency.suits.events.Invariants;

import java.time.LocalDate;

public record Milestone(String name, LocalDate dueOn) {

    public Milestone {
        Invariants.text(name, "name");
        Invariants.present(dueOn, "dueOn");
    }
}
