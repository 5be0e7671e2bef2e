package agency.suits.briefs.brief;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Which sections differ between two versions of a brief, with the value on each side. */
public final class BriefDiff {

    private BriefDiff() {
    }

    /**
     * One section on both sides, as the section is written in the brief's content: a text, a list (of texts or of
     * items) or the budget. A side without the section (an empty text, no budget) leaves it out. Its schema is
     * {@code mp.openapi.schema} in application.properties: a Java {@code Object} documents as a JSON object, and a
     * section is often a text or a list.
     */
    public record Change(String field, Object before, Object after) {
    }

    public static List<Change> between(BriefContent before, BriefContent after) {
        List<Change> changes = new ArrayList<>();
        for (Section section : changedSections(before, after)) {
            changes.add(new Change(section.field(), before.section(section), after.section(section)));
        }
        return changes;
    }

    public static Set<Section> changedSections(BriefContent before, BriefContent after) {
        Set<Section> changed = EnumSet.noneOf(Section.class);
        for (Section section : Section.values()) {
            if (!Objects.equals(before.section(section), after.section(section))) {
                changed.add(section);
            }
        }
        return changed;
    }
}
