package agency.suits.briefs.brief;

import agency.suits.security.Role;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may write which section of a brief. The planner speaks for the consumer: audience, insight and proposition
 * are theirs, written together with the AE (and the supervisors and directors above the AE). Coordinators draft
 * everything else; creatives, finance, traffic and admins write nothing.
 */
public final class SectionRights {

    private static final Set<Section> STRATEGY = EnumSet.of(Section.TARGET_AUDIENCE, Section.INSIGHT,
            Section.PROPOSITION);
    private static final Map<Role, Set<Section>> WRITES = new EnumMap<>(Role.class);

    static {
        WRITES.put(Role.ACCOUNT_EXECUTIVE, EnumSet.allOf(Section.class));
        WRITES.put(Role.ACCOUNT_SUPERVISOR, EnumSet.allOf(Section.class));
        WRITES.put(Role.ACCOUNT_DIRECTOR, EnumSet.allOf(Section.class));
        WRITES.put(Role.ACCOUNT_PLANNER, EnumSet.copyOf(STRATEGY));
        WRITES.put(Role.ACCOUNT_COORDINATOR, EnumSet.complementOf(EnumSet.copyOf(STRATEGY)));
    }

    private SectionRights() {
    }

    /** The sections someone with these roles may write. */
    public static Set<Section> writableBy(Set<Role> roles) {
        Set<Section> writable = EnumSet.noneOf(Section.class);
        roles.forEach(role -> writable.addAll(WRITES.getOrDefault(role, Set.of())));
        return writable;
    }

    /** Whether these roles may write at least one section, i.e. take part in writing briefs at all. */
    public static boolean writesBriefs(Set<Role> roles) {
        return !writableBy(roles).isEmpty();
    }

    /** Of the changed sections, those these roles may not write, in section order. */
    public static List<Section> refused(Set<Role> roles, Set<Section> changed) {
        Set<Section> writable = writableBy(roles);
        return changed.stream().filter(section -> !writable.contains(section)).sorted().toList();
    }
}
