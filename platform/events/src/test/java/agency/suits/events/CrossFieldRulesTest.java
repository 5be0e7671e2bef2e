package agency.suits.events;

import agency.suits.events.samples.BriefSamples;
import agency.suits.events.samples.ClientSamples;
import agency.suits.events.samples.CreativeSamples;
import agency.suits.events.samples.Acme;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static agency.suits.events.samples.BillingSamples.aprilRetainerInvoiced;
import static agency.suits.events.samples.ContractBuilder.aProjectContract;
import static agency.suits.events.samples.ContractBuilder.aRetainerContract;
import static agency.suits.events.samples.FeedbackBuilder.feedbackOnRound;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules that tie fields together, and the optional fields: null is a value, absence is not. */
class CrossFieldRulesTest {

    private static final JsonPointer DATA = Wire.DATA;

    @Test
    void aTeamHasAtMostOnePrimaryContact() {
        JsonNode event = Wire.publishedSample(ClientSamples.danJoinsAcme());

        JsonNode twoPrimaries = JsonEdits.editedCopy(event, DATA.append(JsonPointer.compile("/team/1")),
                member -> member.put("primary", true));

        assertEquals(List.of(), Wire.acceptedBy(twoPrimaries));
    }

    @Test
    void aWorkVersionIsPresentedOnceARound() {
        JsonNode event = Wire.publishedSample(CreativeSamples.roundThreePresented());

        JsonNode twice = JsonEdits.editedCopy(event, DATA,
                presented -> presented.withArray("work").add(event.at("/data/work/0")));

        assertEquals(List.of(), Wire.acceptedBy(twice));
    }

    @Test
    void aRetainerContractCarriesItsRetainerTerms() {
        JsonNode event = Wire.publishedSample(aRetainerContract().signed());

        JsonNode withoutTerms = JsonEdits.editedCopy(event, DATA,
                contract -> contract.set("retainer", NullNode.instance));

        assertEquals(List.of(), Wire.acceptedBy(withoutTerms));
    }

    @Test
    void aProjectContractHasNoRetainerTerms() {
        JsonNode retainer = Wire.publishedSample(aRetainerContract().signed());
        JsonNode project = Wire.publishedSample(aProjectContract().signed());

        JsonNode projectWithTerms = JsonEdits.editedCopy(project, DATA,
                contract -> contract.set("retainer", retainer.at("/data/retainer")));

        assertEquals(List.of(), Wire.acceptedBy(projectWithTerms));
    }

    @Test
    void aRiskReasonNamesBothTheSourceEventAndItsTypeOrNeither() {
        JsonNode event = Wire.publishedSample(ClientSamples.acmeAtRisk());

        JsonNode typeWithoutId = JsonEdits.editedCopy(event, DATA.append(JsonPointer.compile("/reasons/0")),
                reason -> reason.set("sourceEventId", NullNode.instance));

        assertEquals(List.of(), Wire.acceptedBy(typeWithoutId));
    }

    @Test
    void optionalFieldsTravelAsExplicitNulls() {
        for (EventPayload payload : List.of(BriefSamples.requestWithoutBudget(), aProjectContract().signed(),
                aRetainerContract().renewing(Acme.id("contract:acme-2025")).signed(), aprilRetainerInvoiced(),
                feedbackOnRound(1).recorded())) {
            JsonNode event = Wire.publishedSample(payload);

            assertEquals(List.of("schema", "EventJson"), Wire.acceptedBy(event), payload.toString());
            assertEquals(payload, EventJson.read(event.toString()).payload());
        }
    }

    @Test
    void anOptionalFieldLeftOutIsRefused() {
        JsonNode event = Wire.publishedSample(BriefSamples.requestWithoutBudget());

        JsonNode withoutBudget = JsonEdits.editedCopy(event, DATA, request -> request.remove("budgetIndication"));

        assertEquals(List.of(), Wire.acceptedBy(withoutBudget));
    }
}
