package agency.suits.clients.setting;

import agency.suits.events.clients.RuleSetting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A rule setting: what it takes, the change in force, and changes that take effect later. */
@Schema(name = "RuleSetting")
public record RuleSettingView(
        RuleSetting setting,
        @Schema(description = "The service that applies it", examples = "clients-service") String appliedBy,
        @Schema(description = "The values it takes", examples = "a whole number from 1 to 50") String takes,
        @Schema(description = "The change in force now; null while the applying service's configured value holds",
                nullable = true)
        RuleSettingChangeView inForce,
        @Schema(description = "Changes that take effect later, soonest first") List<RuleSettingChangeView> upcoming) {
}
