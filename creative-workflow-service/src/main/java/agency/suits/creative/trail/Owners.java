package agency.suits.creative.trail;

import agency.suits.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** Who owns each step of the trail: only they record it, and only they correct it. */
public final class Owners {

    private Owners() {
    }

    public static Set<Role> of(DecisionKind kind) {
        return switch (kind) {
            case ASSIGNMENT, INTERNAL_REVIEW -> EnumSet.of(Role.CREATIVE_DIRECTOR);
            case STRATEGY_CHECK -> EnumSet.of(Role.ACCOUNT_PLANNER);
            case PRESENTATION, CLIENT_FEEDBACK -> EnumSet.of(Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR,
                    Role.ACCOUNT_DIRECTOR);
            case CANCELLATION -> EnumSet.noneOf(Role.class);
        };
    }

    /** Only entries that carry comments can be corrected; the outcome itself stands (it moved the job on). */
    public static boolean correctable(DecisionKind kind) {
        return kind == DecisionKind.INTERNAL_REVIEW || kind == DecisionKind.STRATEGY_CHECK
                || kind == DecisionKind.CLIENT_FEEDBACK;
    }
}
