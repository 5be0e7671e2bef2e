package agency.suits.creative.round;

import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who presented a round's work to the client (DOMAIN.md: the account director presents new work with the creative
 * director). The one who records the presentation presented it; those they name beside them must be on the client's
 * account team or have worked on the job (its creatives, the creative director who reviewed it): a presentation
 * credits the people the client met, not anyone with a staff id.
 */
public final class Presenters {

    private Presenters() {
    }

    /** The presenters, the recorder first and each once; a 422 names anyone who could not have presented. */
    public static List<UUID> of(UUID recordedBy, List<UUID> named, Set<UUID> eligible) {
        Set<UUID> presenters = new LinkedHashSet<>();
        presenters.add(recordedBy);
        List<Violation> strangers = new ArrayList<>();
        for (UUID person : named) {
            if (!person.equals(recordedBy) && !eligible.contains(person)) {
                strangers.add(new Violation("presenters", person
                        + " is neither on the client's account team nor worked on the job"));
            }
            presenters.add(person);
        }
        if (!strangers.isEmpty()) {
            throw new RuleBroken("Only the account team and the people who worked on the job present it", strangers);
        }
        return List.copyOf(presenters);
    }
}
