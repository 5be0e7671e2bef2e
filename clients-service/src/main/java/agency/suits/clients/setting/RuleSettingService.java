package agency.suits.clients.setting;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.RuleSettingPermission;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.RuleSetting;
import agency.suits.events.clients.RuleSettingChanged;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.settings.RuleSettings;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The agency's rule settings (docs/rule-settings.md). A change is kept here, where this service applies its own
 * settings from, and published as RuleSettingChanged in the same transaction for the services that apply the others.
 */
@ApplicationScoped
@Transactional
public class RuleSettingService {

    /** A change dated a little before now is a clock apart, not a change of the past. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final Duration FURTHEST_AHEAD = Duration.ofDays(5 * 366);

    @Inject ClientAccess access;
    @Inject RuleSettings settings;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSettingView> list() {
        access.require(RuleSettingPermission.READ_RULE_SETTINGS);
        Instant now = clock.now();
        return Arrays.stream(RuleSetting.values()).map(setting -> view(setting, now)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleSettingView get(String name) {
        access.require(RuleSettingPermission.READ_RULE_SETTINGS);
        return view(setting(name), clock.now());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RuleSettingChangeView> history(String name, PageRequest page) {
        access.require(RuleSettingPermission.READ_RULE_SETTINGS);
        List<RuleSettingChanged> all = settings.history(setting(name));
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return Page.of(all.subList(from, to).stream().map(RuleSettingChangeView::of).toList(), page, all.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleSettingChangeView change(String name, UUID changeId) {
        access.require(RuleSettingPermission.READ_RULE_SETTINGS);
        return settings.history(setting(name)).stream().filter(change -> change.changeId().equals(changeId))
                .findFirst().map(RuleSettingChangeView::of)
                .orElseThrow(() -> NotFoundProblem.of("Change of " + name, changeId));
    }

    public RuleSettingChangeView change(String name, NewRuleSettingChange change) {
        access.require(RuleSettingPermission.CHANGE_RULE_SETTINGS);
        RuleSetting setting = setting(name);
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        String value;
        try {
            value = setting.canonical(change.value());
        } catch (IllegalArgumentException e) {
            throw new RuleBroken(e.getMessage(), List.of(new Violation("value", "must be " + setting.range())));
        }
        Instant effectiveFrom = effectiveFrom(change.effectiveFrom(), now);
        RuleSettingChanged changed = new RuleSettingChanged(UUID.randomUUID(), setting, value, effectiveFrom,
                change.reason().strip(), access.staffId(), now);
        settings.record(changed);
        outbox.record(changed);
        return RuleSettingChangeView.of(changed);
    }

    private static Instant effectiveFrom(Instant asked, Instant now) {
        if (asked == null) {
            return now;
        }
        if (asked.isBefore(now.minus(CLOCK_SKEW))) {
            throw new RuleBroken("effectiveFrom " + asked + " is in the past: a change takes effect from now on",
                    List.of(new Violation("effectiveFrom", "must be now or later")));
        }
        if (asked.isAfter(now.plus(FURTHEST_AHEAD))) {
            throw new RuleBroken("effectiveFrom " + asked + " is more than five years ahead",
                    List.of(new Violation("effectiveFrom", "must be within five years")));
        }
        Instant from = asked.truncatedTo(ChronoUnit.MICROS);
        return from.isBefore(now) ? now : from;
    }

    private RuleSettingView view(RuleSetting setting, Instant now) {
        return new RuleSettingView(setting, setting.appliedBy(), setting.range(),
                settings.inForce(setting, now).map(RuleSettingChangeView::of).orElse(null),
                settings.upcoming(setting, now).stream().map(RuleSettingChangeView::of).toList());
    }

    private static RuleSetting setting(String name) {
        try {
            return RuleSetting.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundProblem("No rule setting " + name + "; the settings are "
                    + Arrays.toString(RuleSetting.values()));
        }
    }
}
