package agency.suits.clients.opportunity;

import agency.suits.web.money.MoneyJson;

/** How many opportunities stand in a stage and what they are estimated at, per currency (never converted). */
public record PipelineTotal(OpportunityStage stage, long count, MoneyJson estimatedValue) {
}
