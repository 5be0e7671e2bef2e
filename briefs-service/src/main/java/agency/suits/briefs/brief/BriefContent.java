package agency.suits.briefs.brief;

import agency.suits.briefs.jobrequest.NewJobRequest;
import agency.suits.web.money.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sections of a creative brief (DOMAIN.md, step 3). Any of them may be empty while the brief is drafted; the
 * completeness view says what is still missing before it can be approved and submitted. The approvals section is
 * the brief's approval, not content. The budget is money as the API writes it; saving the brief refuses one finer than
 * its currency's minor units (422) and keeps it at exactly those. The same JSON is the stored revision, so a budget
 * saved as the events' money before reads back as it was.
 */
@Schema(examples = """
        {"background": "Acme launches a lighter running shoe in spring.",
         "objective": "Make runners try the shoe in its first month.",
         "successMeasures": ["20,000 test runs booked"],
         "targetAudience": "Urban runners, 25-40, who run before work.",
         "insight": "Heavy shoes make early runs feel like a chore.",
         "proposition": "The shoe that makes 6 a.m. feel light.",
         "reasonsToBelieve": ["30% lighter than the previous model", "Tested by 500 club runners"],
         "tone": "Energetic, witty, never preachy.",
         "mandatories": [{"text": "Show the Acme logo in the first three seconds"}],
         "deliverables": [{"name": "Launch film", "format": "30s video", "specs": "1920x1080, subtitled"}],
         "milestones": [{"name": "First concepts", "dueOn": "2027-03-01"}],
         "budget": {"amount": "25000.00", "currency": "EUR"}}""")
public record BriefContent(
        @Size(max = 10_000) String background,
        @Size(max = 2000) String objective,
        @Size(max = 10) List<@NotBlank @Size(max = 500) String> successMeasures,
        @Size(max = 2000) String targetAudience,
        @Size(max = 2000) String insight,
        @Size(max = 500) String proposition,
        @Size(max = BriefContent.MAX_REASONS_TO_BELIEVE) List<@NotBlank @Size(max = 500) String> reasonsToBelieve,
        @Size(max = 500) String tone,
        @Size(max = 30) List<@Valid MandatoryItem> mandatories,
        @Size(max = 30) List<@Valid DeliverableItem> deliverables,
        @Size(max = 30) List<@Valid MilestoneItem> milestones,
        @Valid MoneyJson budget) {

    /** A single-minded brief gives one to three reasons; more dilute the proposition. */
    public static final int MAX_REASONS_TO_BELIEVE = 3;

    public BriefContent {
        background = blankAsNull(background);
        objective = blankAsNull(objective);
        targetAudience = blankAsNull(targetAudience);
        insight = blankAsNull(insight);
        proposition = blankAsNull(proposition);
        tone = blankAsNull(tone);
        successMeasures = orEmpty(successMeasures);
        reasonsToBelieve = orEmpty(reasonsToBelieve);
        mandatories = orEmpty(mandatories);
        deliverables = orEmpty(deliverables);
        milestones = orEmpty(milestones);
        NewJobRequest.wellFormedBudget(budget, "budget");
    }

    public static BriefContent empty() {
        return new BriefContent(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same content with an id on every mandatory and deliverable, so feedback and work can point at them. */
    public BriefContent withIds() {
        return withIdsFrom(empty());
    }

    /**
     * The same content with an id on every mandatory and deliverable. An item sent without an id keeps the id of the
     * saved item with the same text (mandatory) or name (deliverable): re-sending a section unchanged is no change.
     */
    public BriefContent withIdsFrom(BriefContent saved) {
        List<MandatoryItem> identifiedMandatories = new ArrayList<>();
        for (MandatoryItem item : mandatories) {
            UUID id = item.mandatoryId() != null ? item.mandatoryId() : saved.mandatories().stream()
                    .filter(existing -> existing.text().equals(item.text())).map(MandatoryItem::mandatoryId)
                    .findFirst().orElseGet(UUID::randomUUID);
            identifiedMandatories.add(new MandatoryItem(id, item.text()));
        }
        List<DeliverableItem> identifiedDeliverables = new ArrayList<>();
        for (DeliverableItem item : deliverables) {
            UUID id = item.deliverableId() != null ? item.deliverableId() : saved.deliverables().stream()
                    .filter(existing -> existing.name().equals(item.name())).map(DeliverableItem::deliverableId)
                    .findFirst().orElseGet(UUID::randomUUID);
            identifiedDeliverables.add(new DeliverableItem(id, item.name(), item.format(), item.specs()));
        }
        return new BriefContent(background, objective, successMeasures, targetAudience, insight, proposition,
                reasonsToBelieve, tone, identifiedMandatories, identifiedDeliverables, milestones, budget);
    }

    /** The same content with another budget. */
    public BriefContent withBudget(MoneyJson otherBudget) {
        return new BriefContent(background, objective, successMeasures, targetAudience, insight, proposition,
                reasonsToBelieve, tone, mandatories, deliverables, milestones, otherBudget);
    }

    /** The value of one section, for diffs and completeness. */
    public Object section(Section section) {
        return switch (section) {
            case BACKGROUND -> background;
            case OBJECTIVE -> objective;
            case SUCCESS_MEASURES -> successMeasures;
            case TARGET_AUDIENCE -> targetAudience;
            case INSIGHT -> insight;
            case PROPOSITION -> proposition;
            case REASONS_TO_BELIEVE -> reasonsToBelieve;
            case TONE -> tone;
            case MANDATORIES -> mandatories;
            case DELIVERABLES -> deliverables;
            case MILESTONES -> milestones;
            case BUDGET -> budget;
        };
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
