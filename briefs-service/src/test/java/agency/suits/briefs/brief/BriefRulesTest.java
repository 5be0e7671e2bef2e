package agency.suits.briefs.brief;

import agency.suits.briefs.access.BriefsPermission;
import agency.suits.domain.NotPermitted;
import agency.suits.security.Role;
import agency.suits.security.SegregationOfDuties;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefRulesTest {

    @Test
    void aCompleteBriefHasNoGaps() {
        assertEquals(List.of(), BriefCompleteness.gaps(BriefSamples.complete()));
    }

    @Test
    void anEmptyBriefListsEveryRequiredSection() {
        List<String> missing = BriefCompleteness.gaps(BriefContent.empty()).stream()
                .map(BriefCompleteness.Gap::section).toList();
        assertEquals(List.of("background", "objective", "successMeasures", "targetAudience", "insight",
                "proposition", "reasonsToBelieve", "tone", "deliverables", "milestones", "budget"), missing);
    }

    @Test
    void aDeliverableWithoutFormatOrSpecsIsAGap() {
        BriefContent full = BriefSamples.complete();
        BriefContent brief = new BriefContent(full.background(), full.objective(), full.successMeasures(),
                full.targetAudience(), full.insight(), full.proposition(), full.reasonsToBelieve(), full.tone(),
                full.mandatories(), List.of(new DeliverableItem(null, "Poster", " ", null)), full.milestones(),
                full.budget());
        List<String> missing = BriefCompleteness.gaps(brief).stream().map(BriefCompleteness.Gap::section).toList();
        assertEquals(List.of("deliverables[0].format", "deliverables[0].specs"), missing);
    }

    @Test
    void blankTextCountsAsMissing() {
        BriefContent brief = BriefSamples.withTone(BriefSamples.complete(), "   ");
        assertEquals(List.of("tone"),
                BriefCompleteness.gaps(brief).stream().map(BriefCompleteness.Gap::section).toList());
    }

    @Test
    void theDiffNamesEachChangedSectionWithBothValues() {
        BriefContent before = BriefSamples.complete();
        BriefContent after = BriefSamples.withTone(BriefSamples.withProposition(before, "Light at 6 a.m."), "Calm");
        List<BriefDiff.Change> changes = BriefDiff.between(before, after);
        assertEquals(2, changes.size());
        assertEquals(new BriefDiff.Change("proposition", before.proposition(), "Light at 6 a.m."), changes.get(0));
        assertEquals(new BriefDiff.Change("tone", before.tone(), "Calm"), changes.get(1));
        assertEquals(List.of(), BriefDiff.between(before, before));
    }

    @Test
    void savingGivesEveryMandatoryAndDeliverableAnIdAndKeepsExistingOnes() {
        BriefContent saved = BriefSamples.complete().withIds();
        assertNotNull(saved.mandatories().get(0).mandatoryId());
        assertNotNull(saved.deliverables().get(0).deliverableId());
        assertEquals(saved, saved.withIds());
    }

    @Test
    void anItemSentAgainWithoutItsIdKeepsTheSavedId() {
        BriefContent saved = BriefSamples.complete().withIds();
        BriefContent resent = BriefSamples.complete().withIdsFrom(saved);
        assertEquals(saved, resent);
        assertEquals(List.of(), BriefDiff.between(saved, resent));
    }

    @Test
    void thePlannerWritesOnlyAudienceInsightAndProposition() {
        Set<Role> planner = Set.of(Role.ACCOUNT_PLANNER);
        assertEquals(EnumSet.of(Section.TARGET_AUDIENCE, Section.INSIGHT, Section.PROPOSITION),
                SectionRights.writableBy(planner));
        assertEquals(List.of(Section.TONE, Section.BUDGET),
                SectionRights.refused(planner, EnumSet.of(Section.INSIGHT, Section.BUDGET, Section.TONE)));
    }

    @Test
    void coordinatorsDraftEverythingButTheStrategy() {
        Set<Role> coordinator = Set.of(Role.ACCOUNT_COORDINATOR);
        assertEquals(List.of(Section.PROPOSITION),
                SectionRights.refused(coordinator, EnumSet.of(Section.BACKGROUND, Section.PROPOSITION)));
        assertTrue(SectionRights.writableBy(coordinator).contains(Section.DELIVERABLES));
    }

    @Test
    void theAccountExecutiveWritesEverySection() {
        assertEquals(EnumSet.allOf(Section.class), SectionRights.writableBy(Set.of(Role.ACCOUNT_EXECUTIVE)));
    }

    @Test
    void creativesAndFinanceWriteNothing() {
        assertFalse(SectionRights.writesBriefs(Set.of(Role.CREATIVE, Role.CREATIVE_DIRECTOR)));
        assertFalse(SectionRights.writesBriefs(Set.of(Role.FINANCE)));
        assertFalse(SectionRights.writesBriefs(Set.of(Role.TRAFFIC, Role.ADMIN)));
    }

    @Test
    void anAuthorCannotApproveTheirOwnBrief() {
        UUID supervisor = UUID.randomUUID();
        String reason = assertThrows(NotPermitted.class,
                () -> SegregationOfDuties.requireNoneOf(supervisor, Set.of(supervisor), "a brief")).getMessage();
        assertTrue(reason.contains("did not write"));
    }

    @Test
    void aSupervisorOrDirectorWhoWroteNothingApproves() {
        Set<UUID> authors = Set.of(UUID.randomUUID());
        assertTrue(BriefsPermission.APPROVE_BRIEFS.grantedTo(Set.of(Role.ACCOUNT_SUPERVISOR)));
        assertTrue(BriefsPermission.APPROVE_BRIEFS.grantedTo(Set.of(Role.ACCOUNT_DIRECTOR)));
        assertDoesNotThrow(() -> SegregationOfDuties.requireNoneOf(UUID.randomUUID(), authors, "a brief"));
    }

    @Test
    void othersNeverApprove() {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR))) {
            assertFalse(BriefsPermission.APPROVE_BRIEFS.grantedTo(Set.of(role)), role.name());
        }
    }

    @Test
    void whoWritesBriefsAtAllIsWhoMayWriteASection() {
        for (Role role : Role.values()) {
            assertEquals(SectionRights.writesBriefs(Set.of(role)),
                    BriefsPermission.WRITE_BRIEFS.grantedTo(Set.of(role)), role.name());
        }
    }
}
