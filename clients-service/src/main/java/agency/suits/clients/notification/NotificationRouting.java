package agency.suits.clients.notification;

import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.TeamMember;
import agency.suits.security.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static agency.suits.clients.notification.Audience.CREATIVE_DIRECTORS;
import static agency.suits.clients.notification.Audience.DIRECTOR;
import static agency.suits.clients.notification.Audience.EXECUTIVES;
import static agency.suits.clients.notification.Audience.FINANCE;
import static agency.suits.clients.notification.Audience.PRIMARY_SUPERVISOR;
import static agency.suits.clients.notification.Audience.RAISER;
import static agency.suits.clients.notification.Audience.SUPERVISORS;
import static agency.suits.clients.notification.Audience.TRAFFIC;
import static agency.suits.clients.notification.Audience.WHOLE_TEAM;

/**
 * Who is told of what: the routing table of docs/notifications.md. Each person is told once per event, under the
 * first reason that reaches them; people who have left the agency and the people who did the thing are not told.
 */
public final class NotificationRouting {

    private static final Map<NotificationKind, List<Audience>> TABLE = new EnumMap<>(NotificationKind.class);

    static {
        TABLE.put(NotificationKind.CLIENT_AT_RISK, List.of(WHOLE_TEAM, DIRECTOR));
        TABLE.put(NotificationKind.CONTRACT_RENEWAL_DUE, List.of(PRIMARY_SUPERVISOR, DIRECTOR));
        TABLE.put(NotificationKind.BUDGET_THRESHOLD_REACHED, List.of(EXECUTIVES, SUPERVISORS));
        TABLE.put(NotificationKind.REVISION_LIMIT_EXCEEDED, List.of(EXECUTIVES, SUPERVISORS, CREATIVE_DIRECTORS));
        TABLE.put(NotificationKind.FEEDBACK_REJECTED, List.of(EXECUTIVES, SUPERVISORS, CREATIVE_DIRECTORS));
        TABLE.put(NotificationKind.INVOICE_OVERDUE, List.of(SUPERVISORS, FINANCE));
        TABLE.put(NotificationKind.JOB_REQUEST_RECEIVED, List.of(EXECUTIVES, SUPERVISORS));
        TABLE.put(NotificationKind.BRIEF_SUBMITTED, List.of(PRIMARY_SUPERVISOR, DIRECTOR));
        TABLE.put(NotificationKind.CREATIVE_JOB_OPENED, List.of(CREATIVE_DIRECTORS, TRAFFIC));
        TABLE.put(NotificationKind.WORK_PRESENTED, List.of(EXECUTIVES));
        TABLE.put(NotificationKind.ESTIMATE_APPROVED, List.of(EXECUTIVES, SUPERVISORS));
        TABLE.put(NotificationKind.BUDGET_RAISED, List.of(EXECUTIVES, SUPERVISORS));
        TABLE.put(NotificationKind.INVOICE_ISSUED, List.of(PRIMARY_SUPERVISOR));
        TABLE.put(NotificationKind.PAYMENT_RECEIVED, List.of(PRIMARY_SUPERVISOR));
        TABLE.put(NotificationKind.PAYABLE_APPROVED, List.of(FINANCE, RAISER));
        // the occasion's team is the one supervisor whose digest it is, as its primary
        TABLE.put(NotificationKind.SUPERVISOR_DIGEST, List.of(DIRECTOR));
    }

    private NotificationRouting() {
    }

    /** The audiences of a kind, in the order their reasons win. */
    static List<Audience> audiencesOf(NotificationKind kind) {
        return TABLE.get(kind);
    }

    public static List<Recipient> recipients(Occasion occasion) {
        Map<UUID, Recipient> chosen = new LinkedHashMap<>();
        for (Audience audience : TABLE.get(occasion.kind())) {
            for (Recipient candidate : reached(audience, occasion)) {
                if (!occasion.actors().contains(candidate.staffId()) && stillHere(candidate.staffId(), occasion)) {
                    chosen.putIfAbsent(candidate.staffId(), candidate);
                }
            }
        }
        return List.copyOf(chosen.values());
    }

    private static List<Recipient> reached(Audience audience, Occasion occasion) {
        List<Recipient> reached = new ArrayList<>();
        switch (audience) {
            case WHOLE_TEAM -> occasion.team().forEach(member -> reached.add(asTeamMember(member)));
            case EXECUTIVES -> occasion.team().stream().filter(m -> m.role() == AccountRole.ACCOUNT_EXECUTIVE)
                    .forEach(member -> reached.add(asTeamMember(member)));
            case SUPERVISORS -> occasion.team().stream()
                    .filter(m -> m.role() == AccountRole.ACCOUNT_SUPERVISOR)
                    .sorted(Comparator.comparing(m -> !m.primary()))
                    .forEach(member -> reached.add(asTeamMember(member)));
            case PRIMARY_SUPERVISOR -> primary(occasion).ifPresent(member -> reached.add(asTeamMember(member)));
            case DIRECTOR -> reached.addAll(director(occasion));
            case FINANCE -> reached.addAll(everyone(Role.FINANCE, RecipientReason.FINANCE, occasion));
            case CREATIVE_DIRECTORS -> reached.addAll(
                    everyone(Role.CREATIVE_DIRECTOR, RecipientReason.CREATIVE_DIRECTOR, occasion));
            case TRAFFIC -> reached.addAll(everyone(Role.TRAFFIC, RecipientReason.TRAFFIC, occasion));
            case RAISER -> {
                if (occasion.raisedBy() != null) {
                    reached.add(new Recipient(occasion.raisedBy(), RecipientReason.RAISED_IT));
                }
            }
        }
        return reached;
    }

    private static Optional<TeamMember> primary(Occasion occasion) {
        return occasion.team().stream().filter(TeamMember::primary).findFirst();
    }

    /**
     * The person the primary supervisor reports to; when that is nobody (no primary, no line, or they left), every
     * active account director, so that no account's trouble reaches no director at all.
     */
    private static List<Recipient> director(Occasion occasion) {
        Optional<Colleague> manager = primary(occasion)
                .map(member -> occasion.directory().get(member.staffId()))
                .map(Colleague::reportsTo)
                .map(occasion.directory()::get)
                .filter(Colleague::active);
        if (manager.isPresent()) {
            return List.of(new Recipient(manager.get().id(), RecipientReason.SUPERVISOR_REPORTS_TO_YOU));
        }
        return everyone(Role.ACCOUNT_DIRECTOR, RecipientReason.ACCOUNT_DIRECTOR, occasion);
    }

    private static List<Recipient> everyone(Role role, RecipientReason reason, Occasion occasion) {
        return occasion.directory().values().stream()
                .filter(colleague -> colleague.role() == role && colleague.active())
                .sorted(Comparator.comparing(Colleague::id))
                .map(colleague -> new Recipient(colleague.id(), reason))
                .toList();
    }

    /** A team place needs a directory entry, so a person missing from it is taken as still here. */
    private static boolean stillHere(UUID staffId, Occasion occasion) {
        Colleague colleague = occasion.directory().get(staffId);
        return colleague == null || colleague.active();
    }

    private static Recipient asTeamMember(TeamMember member) {
        RecipientReason reason = switch (member.role()) {
            case ACCOUNT_SUPERVISOR -> member.primary() ? RecipientReason.PRIMARY_SUPERVISOR
                    : RecipientReason.ACCOUNT_SUPERVISOR;
            case ACCOUNT_EXECUTIVE -> RecipientReason.ACCOUNT_EXECUTIVE;
            case ACCOUNT_PLANNER -> RecipientReason.ACCOUNT_PLANNER;
            case ACCOUNT_COORDINATOR -> RecipientReason.ACCOUNT_COORDINATOR;
            case ACCOUNT_DIRECTOR -> RecipientReason.ACCOUNT_DIRECTOR_ON_TEAM;
        };
        return new Recipient(member.staffId(), reason);
    }
}
