package agency.suits.creative.job;

import agency.suits.events.creative.CommentCounts;
import agency.suits.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CommentRulesTest {

    private static final UUID MANDATORY = UUID.randomUUID();
    private static final UUID VERSION = UUID.randomUUID();

    @Test
    void countsACommentOnWorkAndABriefSectionInBothParts() {
        CommentCounts counts = CommentTally.of(List.of(
                new Comment("Logo too small", BriefSection.MANDATORY, MANDATORY, VERSION),
                new Comment("Off proposition", BriefSection.PROPOSITION, null, null),
                new Comment("Love the colours", null, null, VERSION),
                new Comment("General", null, null, null)));

        assertEquals(new CommentCounts(4, 1, 1, 2), counts);
    }

    @Test
    void noCommentsCountZero() {
        assertEquals(new CommentCounts(0, 0, 0, 0), CommentTally.of(List.of()));
    }

    @Test
    void acceptsCommentsPointingAtThisJobsMandatoriesAndVersions() {
        assertDoesNotThrow(() -> CommentTargets.check(List.of(
                new Comment("x", BriefSection.MANDATORY, MANDATORY, VERSION),
                new Comment("y", BriefSection.TONE, null, null)), Set.of(MANDATORY), Set.of(VERSION)));
    }

    @Test
    void refusesUnknownMandatoriesAndVersionsNamingEachField() {
        RuleBroken refused = assertThrows(RuleBroken.class, () -> CommentTargets.check(List.of(
                new Comment("x", BriefSection.MANDATORY, UUID.randomUUID(), null),
                new Comment("y", null, null, UUID.randomUUID()),
                new Comment("z", BriefSection.MANDATORY, null, null),
                new Comment("w", BriefSection.TONE, MANDATORY, null)), Set.of(MANDATORY), Set.of(VERSION)));

        assertEquals(List.of("comments[0].mandatoryId", "comments[1].workVersionId", "comments[2].mandatoryId",
                        "comments[3].mandatoryId"),
                refused.violations().stream().map(e -> e.field()).toList());
    }
}
