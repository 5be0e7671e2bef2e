package agency.suits.clients.health;

import agency.suits.clients.ClientsConfig;
import agency.suits.events.Money;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.clients.HealthSignal;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.Optional;

/**
 * How relationship health is scored, in plain Java. The score starts at 100 and every current signal takes its
 * weight off, down to 0; a signal from an event counts for {@code window} after it was observed. The rules:
 * <ul>
 *   <li>FeedbackReturned REJECTED: work rejected; CHANGES_REQUESTED: changes requested; either decision, or even an
 *   approval, slower than {@code slowApprovalAfter}: a slow approval as well;</li>
 *   <li>RevisionLimitExceeded: rounds beyond what the contract includes;</li>
 *   <li>BudgetThresholdReached at 100% (80% is a warning for the job, not the relationship): one overrun signal per
 *   job, cleared when an approved estimate puts the budget above the actuals that overran it;</li>
 *   <li>InvoiceOverdue: one signal per invoice, heavier by a step at the 30 and the 60 days' stage, cleared when
 *   PaymentReceived leaves nothing outstanding;</li>
 *   <li>no interaction with an active client for {@code quietAfter};</li>
 *   <li>the latest contract inside its notice window and not renewed.</li>
 * </ul>
 * The client is at risk below {@code threshold}.
 */
public final class HealthRules {

    private final ClientsConfig.Health config;
    private final ClientsConfig.Health.Weights weights;
    private final IntSupplier threshold;
    private final ZoneId zone;

    /** @param zone where the agency works: a contract's notice window opens on a date there */
    public HealthRules(ClientsConfig.Health config, ZoneId zone) {
        this(config, config.weights(), config::threshold, zone);
    }

    /**
     * @param weights   the weights in force when asked (an ADMIN may change them: the HEALTH_WEIGHT_ settings)
     * @param threshold the at-risk line in force when asked (RuleSetting.AT_RISK_BELOW)
     */
    public HealthRules(ClientsConfig.Health config, ClientsConfig.Health.Weights weights, IntSupplier threshold,
                       ZoneId zone) {
        this.config = config;
        this.weights = weights;
        this.threshold = threshold;
        this.zone = zone;
    }

    public int threshold() {
        return threshold.getAsInt();
    }

    public Duration window() {
        return config.window();
    }

    public List<ObservedSignal> fromFeedback(FeedbackReturned feedback, SourceEvent source) {
        List<ObservedSignal> signals = new ArrayList<>();
        String ref = feedback.feedbackId().toString();
        if (feedback.decision() == ClientDecision.REJECTED) {
            signals.add(fromEvent(HealthSignal.WORK_REJECTED, weights.workRejected(),
                    "The client rejected round " + feedback.round() + " of " + feedback.jobNumber(), source, ref,
                    feedback.returnedAt()));
        } else if (feedback.decision() == ClientDecision.CHANGES_REQUESTED) {
            signals.add(fromEvent(HealthSignal.CHANGES_REQUESTED, weights.changesRequested(),
                    "The client asked for changes in round " + feedback.round() + " of " + feedback.jobNumber(),
                    source, ref, feedback.returnedAt()));
        }
        if (feedback.timeToFeedback().compareTo(config.slowApprovalAfter()) > 0) {
            signals.add(fromEvent(HealthSignal.SLOW_APPROVAL, weights.slowApproval(),
                    "The client took " + feedback.timeToFeedback().toDays() + " days to answer round "
                            + feedback.round() + " of " + feedback.jobNumber(), source, ref, feedback.returnedAt()));
        }
        return signals;
    }

    public ObservedSignal fromRevisionLimit(RevisionLimitExceeded exceeded, SourceEvent source) {
        return fromEvent(HealthSignal.REVISION_LIMIT_EXCEEDED, weights.revisionLimitExceeded(),
                exceeded.jobNumber() + " went to round " + exceeded.round() + " of " + exceeded.includedRounds()
                        + " included", source, exceeded.creativeJobId().toString(), exceeded.detectedAt());
    }

    public Optional<ObservedSignal> fromBudget(BudgetThresholdReached reached, SourceEvent source) {
        if (reached.thresholdPercent() < 100) {
            return Optional.empty();
        }
        return Optional.of(fromEvent(HealthSignal.BUDGET_OVERRUN, weights.budgetOverrun(),
                reached.jobNumber() + " has used its whole budget of " + reached.budget(), source,
                reached.jobNumber(), reached.reachedAt()));
    }

    /** The invoice's one signal, as heavy as the overdue stage the event reports (1, 30, 60 days). */
    public ObservedSignal fromOverdue(InvoiceOverdue overdue, SourceEvent source) {
        int steps = overdue.stageDays() >= 60 ? 2 : overdue.stageDays() >= 30 ? 1 : 0;
        int weight = weights.invoiceOverdue() + steps * weights.invoiceOverdueAgeStep();
        return fromEvent(HealthSignal.INVOICE_OVERDUE, weight, "Invoice " + overdue.invoiceNumber() + " is "
                        + overdue.daysOverdue() + " days overdue with " + overdue.outstanding() + " outstanding",
                source, overdue.invoiceId().toString(), overdue.detectedAt());
    }

    /** @param lastContact the last interaction, or when the client was registered if there was none */
    public Optional<ObservedSignal> silence(Instant lastContact, Instant now) {
        if (Duration.between(lastContact, now).compareTo(config.quietAfter()) <= 0) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(lastContact, now);
        return Optional.of(new ObservedSignal(HealthSignal.NO_RECENT_INTERACTION,
                weights.noRecentInteraction(), "Nobody has talked to the client for " + days + " days",
                null, null, null, now));
    }

    /** The latest contract's notice window is open and nobody has renewed it. */
    public Optional<ObservedSignal> contractEnding(LocalDate noticeWindowOpensOn, LocalDate endsOn, boolean renewed,
                                                   Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (renewed || today.isBefore(noticeWindowOpensOn) || today.isAfter(endsOn)) {
            return Optional.empty();
        }
        return Optional.of(new ObservedSignal(HealthSignal.CONTRACT_ENDING_WITHOUT_RENEWAL,
                weights.contractEndingWithoutRenewal(), "The contract ends on " + endsOn
                + " and has not been renewed", null, null, null, now));
    }

    /** Whether an event's signal observed then still counts now. */
    public boolean current(Instant observedAt, Instant now) {
        return !observedAt.isBefore(now.minus(config.window()));
    }

    /** Whether a job's new budget lies above the actuals that overran the old one (same currency only). */
    public static boolean raisedAbove(Money newBudget, BigDecimal actuals, String currency) {
        return actuals != null && newBudget.currency().equals(currency) && newBudget.amount().compareTo(actuals) > 0;
    }

    public static int score(List<ObservedSignal> signals) {
        int lost = signals.stream().mapToInt(ObservedSignal::weight).sum();
        return Math.max(0, 100 - lost);
    }

    public boolean below(int score) {
        return score < threshold();
    }

    private static ObservedSignal fromEvent(HealthSignal signal, int weight, String detail, SourceEvent source,
                                            String ref, Instant observedAt) {
        return new ObservedSignal(signal, Math.max(1, Math.min(100, weight)), detail, source.id(), source.type(),
                ref, observedAt);
    }
}
