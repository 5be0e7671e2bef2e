package agency.suits.system;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventPayload;
import agency.suits.events.Money;
import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.Deliverable;
import agency.suits.events.briefs.Milestone;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.WorkVersionRef;
import agency.suits.security.Role;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An event billing cannot apply (a client's approval of a job whose brief never reached billing) is retried, given
 * up on, shown to an admin through the gateway, and redriven once what it waited for has arrived.
 */
class DeadLetterRedriveTest {

    private static final String BILLING_DEAD_LETTERS = "/api/operations/billing-service/dead-letters";

    private final SystemStack stack = SystemStack.shared();

    @Test
    void anEventGivenUpOnIsRedrivenByAnAdminAndTakesEffectOnce() throws Exception {
        Account acme = Account.onboard(stack, 2);
        Person admin = Person.of(stack, Role.ADMIN);
        String jobNumber = acme.code + "-2026-" + ThreadLocalRandom.current().nextInt(100000, 1000000);
        CreativeApproved approval = new CreativeApproved(UUID.randomUUID(), jobNumber, acme.clientId,
                UUID.randomUUID(), 1, 2, List.of(new WorkVersionRef(UUID.randomUUID(), UUID.randomUUID(), 1,
                "Banner v1")), UUID.randomUUID(), Instant.now());
        CloudEvent poison = publish("/suits/creative-workflow-service", approval);

        Integer id = Eventually.value("billing giving up on the approval of " + jobNumber, () -> {
            List<Integer> ids = admin.request().queryParam("size", 100).get(BILLING_DEAD_LETTERS).then()
                    .statusCode(200).extract().path("items.findAll { it.eventId == '" + poison.id() + "' }.id");
            return ids.isEmpty() ? null : ids.get(0);
        });
        admin.request().get(BILLING_DEAD_LETTERS + "/{id}", id).then().statusCode(200)
                .body("eventType", equalTo(poison.type())).body("status", equalTo("DEAD"))
                .body("attempts", equalTo(8));
        assertEquals(403, acme.director.request().get(BILLING_DEAD_LETTERS).statusCode());

        // what it waited for arrives: the job's brief, as briefs-service would have announced it
        publish("/suits/briefs-service", submitted(jobNumber, acme.clientId));
        Job job = new Job(acme, UUID.randomUUID(), jobNumber);
        job.budget();
        admin.request().post(BILLING_DEAD_LETTERS + "/{id}/redrive", id).then().statusCode(200)
                .body("status", equalTo("WAITING"));

        Eventually.until("the milestone invoice drafted by the redriven approval",
                () -> job.invoices("MILESTONE").size() == 1);
        admin.request().get(BILLING_DEAD_LETTERS + "/{id}", id).then().statusCode(404);
        Pause.of(java.time.Duration.ofSeconds(2));
        assertEquals(1, job.invoices("MILESTONE").size(), "the redriven event took effect once");
    }

    private CloudEvent publish(String source, EventPayload payload) throws Exception {
        CloudEvent event = CloudEvent.of(source, payload);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(payload.eventType().topic(), payload.subject(), EventJson.write(event)))
                    .get(30, TimeUnit.SECONDS);
        }
        return event;
    }

    private static BriefSubmitted submitted(String jobNumber, UUID clientId) {
        BriefSnapshot brief = new BriefSnapshot("Winter launch", "Background", "Objective", List.of("Reach"),
                "Audience", "Insight", "Proposition", List.of("Because"), "Warm", List.of(),
                List.of(new Deliverable(UUID.randomUUID(), "Banner", "PNG", "1200x628")),
                List.of(new Milestone("Launch", LocalDate.now().plusDays(30))));
        return new BriefSubmitted(UUID.randomUUID(), 1, UUID.randomUUID(), jobNumber, clientId, brief,
                Money.of("4000.00", "EUR"), 2, UUID.randomUUID(), UUID.randomUUID(), Instant.now());
    }
}
