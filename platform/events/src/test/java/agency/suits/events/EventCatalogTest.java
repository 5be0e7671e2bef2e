package agency.suits.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCatalogTest {

    @Test
    void eachServicePublishesTheEventsDomainMdGivesIt() {
        assertEquals(List.of("ClientRegistered", "ClientUpdated", "AccountTeamChanged", "ContractSigned",
                "ContractRenewalDue", "ContractAmended", "ContractTerminated", "ClientAtRisk", "RuleSettingChanged"),
                namesOn(Topics.CLIENTS));
        assertEquals(List.of("JobRequestReceived", "BriefSubmitted", "BriefWithdrawn", "ScheduleChanged"),
                namesOn(Topics.BRIEFS));
        assertEquals(List.of("CreativeJobOpened", "WorkPresented", "FeedbackReturned", "RevisionLimitExceeded",
                "CreativeApproved"), namesOn(Topics.CREATIVE));
        assertEquals(List.of("EstimateApproved", "BudgetThresholdReached", "BudgetExceeded", "BudgetRaised",
                "InvoiceIssued",
                "PaymentReceived", "InvoiceOverdue", "PayableApproved"), namesOn(Topics.BILLING));
    }

    @Test
    void topicsAreNamedByTheOwningService() {
        assertEquals(List.of("suits.clients", "suits.briefs", "suits.creative", "suits.billing"), Topics.ALL);
        assertTrue(Arrays.stream(EventType.values()).allMatch(type -> Topics.ALL.contains(type.topic())));
    }

    @Test
    void payloadsLiveInTheirOwnersPackage() {
        for (EventType type : EventType.values()) {
            String owner = type.topic().substring("suits.".length());
            assertEquals("agency.suits.events." + owner, type.payloadClass().getPackageName(), type.name());
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void typeStringCarriesNameAndVersion(EventType type) {
        assertEquals("agency.suits." + type.eventName() + ".v" + type.version(), type.type());
        assertEquals(type.eventName(), type.payloadClass().getSimpleName());
        assertEquals(1, type.version());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void findsTheTypeByTypeStringAndByPayloadClass(EventType type) {
        assertSame(type, EventType.forType(type.type()).orElseThrow());
        assertSame(type, EventType.forPayload(type.payloadClass()));
    }

    @Test
    void doesNotKnowTypesOutsideTheCatalog() {
        assertTrue(EventType.forType("agency.suits.BriefSubmitted.v9").isEmpty());
        assertTrue(EventType.forType("BriefSubmitted").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> EventType.forPayload(String.class));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasItsSchemaNamedByDataschema(EventType type) {
        assertNotNull(getClass().getClassLoader().getResource(type.schemaResource()), type.schemaResource());
        var schema = EventSchemas.schemaJson(type.schemaResource());
        assertEquals(type.dataschema().toString(), schema.path("$id").asText());
        assertEquals(type.eventName(), schema.path("title").asText());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    }

    @Test
    void everySchemaFileBelongsToARegisteredTypeOrTheEnvelope() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource(EventType.SCHEMA_FOLDER).toURI());
        Set<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map(path -> EventType.SCHEMA_FOLDER + path.getFileName()).collect(Collectors.toSet());
        }
        Set<String> expected = Stream.concat(Stream.of(CloudEvent.SCHEMA_RESOURCE),
                Arrays.stream(EventType.values()).map(EventType::schemaResource)).collect(Collectors.toSet());
        assertEquals(expected, files);
    }

    private static List<String> namesOn(String topic) {
        return EventType.publishedOn(topic).stream().map(EventType::eventName).toList();
    }
}
