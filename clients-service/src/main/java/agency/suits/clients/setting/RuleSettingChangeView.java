package agency.suits.clients.setting;

import agency.suits.events.clients.RuleSetting;
import agency.suits.events.clients.RuleSettingChanged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One change of a rule setting, as the audit trail keeps it. */
@Schema(name = "RuleSettingChange")
public record RuleSettingChangeView(
        UUID id,
        RuleSetting setting,
        @Schema(examples = "4") String value,
        Instant effectiveFrom,
        String reason,
        UUID changedBy,
        Instant changedAt) {

    static RuleSettingChangeView of(RuleSettingChanged change) {
        return new RuleSettingChangeView(change.changeId(), change.setting(), change.value(), change.effectiveFrom(),
                change.reason(), change.changedBy(), change.changedAt());
    }
}
