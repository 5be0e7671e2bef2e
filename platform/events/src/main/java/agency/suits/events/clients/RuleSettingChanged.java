package agency.suits.events.clients;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.UUID;

/**
 * An ADMIN changed one of the agency's rule settings: from {@code effectiveFrom} on, the service that applies it
 * ({@link RuleSetting#appliedBy()}) uses {@code value} instead of its configured default or an earlier change. A
 * change that takes effect later waits; the latest effective change of a setting wins. Subject: the setting's name,
 * so that the changes of one setting arrive in order.
 */
public record RuleSettingChanged(
        UUID changeId,
        RuleSetting setting,
        String value,
        Instant effectiveFrom,
        String reason,
        UUID changedBy,
        Instant changedAt) implements EventPayload {

    public RuleSettingChanged {
        Invariants.required("changeId", changeId, "setting", setting, "value", value,
                "effectiveFrom", effectiveFrom, "changedBy", changedBy, "changedAt", changedAt);
        if (!setting.canonical(value).equals(value)) {
            throw new IllegalArgumentException("value is written as " + setting.canonical(value));
        }
        Invariants.text(reason, "reason");
    }

    @Override
    public String subject() {
        return setting.name();
    }
}
