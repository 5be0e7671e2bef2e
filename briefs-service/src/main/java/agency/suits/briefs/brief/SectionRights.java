package agency.suits.briefs.brief;

import agency.suits.briefs.access.BriefsPermission;
import agency.suits.domain.NotPermitted;
import agency.suits.security.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may write which section of a brief, by the role groups of {@link BriefsPermission}. The planner speaks for the
 * consumer: audience, insight and proposition are theirs ({@code WRITE_STRATEGY_SECTIONS}), written together with the
 * AE (and the supervisors and directors above the AE). Coordinators draft everything else
 * ({@code WRITE_OTHER_SECTIONS}); creatives, finance, traffic and admins write nothing.
 */
public final class SectionRights {

    private static final Set<Section> STRATEGY = EnumSet.of(Section.TARGET_AUDIENCE, Section.INSIGHT,
            Section.PROPOSITION);

    private SectionRights() {
    }

    /** The sections someone with these roles may write. */
    public static Set<Section> writableBy(Set<Role> roles) {
        Set<Section> writable = EnumSet.noneOf(Section.class);
        if (BriefsPermission.WRITE_STRATEGY_SECTIONS.grantedTo(roles)) {
            writable.addAll(STRATEGY);
        }
        if (BriefsPermission.WRITE_OTHER_SECTIONS.grantedTo(roles)) {
            writable.addAll(EnumSet.complementOf(EnumSet.copyOf(STRATEGY)));
        }
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

    /** 403 naming every changed section these roles may not write. */
    public static void requireMayWrite(Set<Role> roles, Set<Section> changed) {
        List<Section> refused = refused(roles, changed);
        if (!refused.isEmpty()) {
            throw new NotPermitted("Your roles " + roles + " may not write these sections: "
                    + String.join(", ", refused.stream().map(Section::field).toList()));
        }
    }
}
