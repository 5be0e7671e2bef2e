package agency.suits.clients.webhook;

import agency.suits.clients.ClientsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.util.Set;

/** The plain-Java rules of webhooks, built once from the configuration. */
@ApplicationScoped
class WebhookSettings {

    @Produces
    @Singleton
    TargetPolicy targets(ClientsConfig config) {
        return new TargetPolicy(config.webhooks().allowedHosts().orElse(Set.of()), InetAddress::getAllByName);
    }

    @Produces
    @Singleton
    DeliverySchedule schedule(ClientsConfig config) {
        ClientsConfig.Webhooks webhooks = config.webhooks();
        return new DeliverySchedule(webhooks.firstRetryAfter(), webhooks.longestWait(), webhooks.tryFor(),
                webhooks.pauseAfterFailures());
    }
}
