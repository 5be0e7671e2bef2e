package agency.suits.clients.opportunity;

import agency.suits.domain.WrongState;

import java.util.Arrays;
import java.util.List;

/**
 * How far the pursuit of new work has got. Open stages may move to any stage (pursuits skip and slip back);
 * WON and LOST are final, because a decided opportunity is history, and new interest is a new opportunity.
 */
public enum OpportunityStage {
    IDENTIFIED,
    QUALIFIED,
    PROPOSAL,
    NEGOTIATION,
    WON,
    LOST;

    public boolean isClosed() {
        return this == WON || this == LOST;
    }

    public List<OpportunityStage> next() {
        return isClosed() ? List.of() : Arrays.stream(values()).filter(stage -> stage != this).toList();
    }

    /** 409 for a move out of a final stage, naming the allowed ones (none for a decided opportunity). */
    public void requireMoveTo(OpportunityStage target) {
        if (target != this && !next().contains(target)) {
            throw new WrongState("An opportunity that is " + this + " cannot move to " + target,
                    next().stream().map(Enum::name).toList());
        }
    }
}
