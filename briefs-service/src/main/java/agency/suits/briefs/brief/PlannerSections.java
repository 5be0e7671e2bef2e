package agency.suits.briefs.brief;

import agency.suits.domain.NotPermitted;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The planner's part of a brief when the client's team has a planner. The planner speaks for the consumer, so on
 * such a team nobody else writes the target audience, insight and proposition, and a brief is approved only once the
 * planner has written them or confirmed what is there (a planner who joins a team whose AE wrote them confirms). A
 * team without a planner keeps the general rule of {@link SectionRights}: the AE and those above write them too.
 */
public final class PlannerSections {

    static final Set<Section> SECTIONS = EnumSet.of(Section.TARGET_AUDIENCE, Section.INSIGHT, Section.PROPOSITION);

    private PlannerSections() {
    }

    /** Of the changed sections, the planner's ones that this caller may not write, in section order. */
    public static List<Section> refused(Set<UUID> teamPlanners, UUID caller, Set<Section> changed) {
        if (teamPlanners.isEmpty() || teamPlanners.contains(caller)) {
            return List.of();
        }
        return changed.stream().filter(SECTIONS::contains).sorted().toList();
    }

    /** 403 naming the planner's sections a caller who is not the team's planner tried to change. */
    public static void requireMayWrite(Set<UUID> teamPlanners, UUID caller, Set<Section> changed) {
        List<Section> refused = refused(teamPlanners, caller, changed);
        if (!refused.isEmpty()) {
            throw new NotPermitted("The client's team has a planner, who alone writes "
                    + String.join(", ", refused.stream().map(Section::field).toList())
                    + "; leave them to the planner");
        }
    }

    /**
     * Whether approval may go ahead as far as the planner is concerned: always on a team without a planner;
     * otherwise only if the planner wrote or confirmed a revision whose planner sections are the current ones.
     *
     * @param confirmed the content of the revision the planner wrote or confirmed, null if none
     */
    public static boolean satisfied(Set<UUID> teamPlanners, BriefContent confirmed, BriefContent current) {
        if (teamPlanners.isEmpty()) {
            return true;
        }
        return confirmed != null
                && BriefDiff.changedSections(confirmed, current).stream().noneMatch(SECTIONS::contains);
    }
}
