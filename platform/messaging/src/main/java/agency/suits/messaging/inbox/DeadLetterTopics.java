package agency.suits.messaging.inbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates each consumer's dead-letter topic when the service starts, rather than relying on the broker creating
 * topics on first use (which production brokers usually forbid). The broker may be away at start-up: then a
 * background thread keeps trying.
 */
@ApplicationScoped
class DeadLetterTopics {

    private static final Logger LOG = Logger.getLogger(DeadLetterTopics.class);

    private final Map<String, Object> kafkaConfig;

    DeadLetterTopics(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    void ensure(String topic) {
        Thread creator = new Thread(() -> createUntilDone(topic), "create-" + topic);
        creator.setDaemon(true);
        creator.start();
    }

    private void createUntilDone(String topic) {
        long backoff = 500;
        while (!Thread.currentThread().isInterrupted()) {
            try (Admin admin = Admin.create(adminConfig())) {
                admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())))
                        .all().get(10, TimeUnit.SECONDS);
                LOG.infof("Created dead-letter topic %s", topic);
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    return;
                }
                LOG.debugf("Could not create %s yet: %s", topic, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.debugf("Could not create %s yet: %s", topic, e);
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            backoff = Math.min(backoff * 2, 30_000);
        }
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return config;
    }
}
