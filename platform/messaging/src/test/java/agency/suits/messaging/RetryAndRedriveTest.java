package agency.suits.messaging;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.Topics;
import agency.suits.messaging.proof.AppliedEffects;
import agency.suits.messaging.proof.ProofConsumer;
import agency.suits.security.Role;
import agency.suits.testing.RealInfrastructure;
import agency.suits.testing.TopicProducer;
import agency.suits.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static agency.suits.messaging.proof.ClientUpdates.renamed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RetryAndRedriveTest {

    private static final String DEAD_LETTERS = "/api/operations/" + ProofConsumer.CONSUMER + "/dead-letters";

    @Inject
    AppliedEffects effects;

    @Test
    void aTransientFailureIsRetriedAndTheKeysLaterEventsWaitBehindItInOrder() throws Exception {
        UUID client = UUID.randomUUID();
        UUID otherClient = UUID.randomUUID();
        String flaky = AppliedEffects.FLAKY + "2-" + client;
        publish(client, flaky);
        publish(client, "behind the flaky one " + client);
        publish(otherClient, "another key " + otherClient);

        awaitApplied("behind the flaky one " + client);
        awaitApplied("another key " + otherClient);
        assertEquals(1, effects.timesApplied(flaky), "applied once, not lost, not doubled");
        assertEquals(3, effects.tries(flaky), "two failures, then the third try took effect");
        assertEquals(List.of(flaky, "behind the flaky one " + client), effects.appliedFor(client),
                "the key's events were applied in the order they were published");
    }

    @Test
    void anEventGivenUpOnIsRedrivenByAnAdminOnceItsCauseIsFixed() throws Exception {
        UUID client = UUID.randomUUID();
        String sick = AppliedEffects.SICK + "-" + client;
        CloudEvent event = publish(client, sick);

        long id = awaitDeadLetter(event.id());
        admin().get(DEAD_LETTERS + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("DEAD")).body("attempts", equalTo(3))
                .body("eventType", equalTo(event.type())).body("topic", equalTo(Topics.CLIENTS));
        assertEquals(0, effects.timesApplied(sick));

        effects.cure(sick);
        admin().post(DEAD_LETTERS + "/{id}/redrive", id).then().statusCode(200).body("status", equalTo("WAITING"));

        awaitApplied(sick);
        admin().get(DEAD_LETTERS + "/{id}", id).then().statusCode(404);
        Thread.sleep(500);
        assertEquals(1, effects.timesApplied(sick), "a redriven event takes effect once");
    }

    @Test
    void deadLettersAreForAdminsOfTheServiceThatHasThem() {
        ValidatableResponse refused = given().auth().oauth2(Tokens.of(UUID.randomUUID(),
                        Role.ACCOUNT_DIRECTOR)).get(DEAD_LETTERS).then().statusCode(403)
                .contentType("application/problem+json");
        refused.body("detail", equalTo("Only an admin may look at and redrive dead letters"));
        admin().get("/api/operations/billing-service/dead-letters").then().statusCode(404)
                .contentType("application/problem+json");
        given().get(DEAD_LETTERS).then().statusCode(401);
    }

    @Test
    void theInboxCreatesItsDeadLetterTopicItself() throws Exception {
        String topic = Topics.CLIENTS + "." + ProofConsumer.CONSUMER + ".dlt";
        long deadline = System.currentTimeMillis() + 20_000;
        while (!topicExists(topic) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(topicExists(topic), topic + " exists");
    }

    private static boolean topicExists(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers()))) {
            return admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic);
        }
    }

    private long awaitDeadLetter(UUID eventId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<Integer> ids = admin().queryParam("size", 100).get(DEAD_LETTERS).then().statusCode(200)
                    .extract().path("items.findAll { it.eventId == '" + eventId + "' }.id");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(eventId + " was never dead-lettered");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of(UUID.randomUUID(), Role.ADMIN));
    }

    private static CloudEvent publish(UUID client, String name) {
        CloudEvent event = CloudEvent.of("/suits/test", renamed(client, name));
        TopicProducer.send(Topics.CLIENTS, client.toString(), EventJson.write(event));
        return event;
    }

    private void awaitApplied(String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (effects.timesApplied(name) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, effects.timesApplied(name), name + " applied");
    }
}
