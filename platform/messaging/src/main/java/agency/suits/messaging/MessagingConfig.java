package agency.suits.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "suits.messaging")
public interface MessagingConfig {

    /** The CloudEvents {@code source} of everything this service publishes, e.g. {@code /suits/billing-service}. */
    @WithDefault("/suits/${quarkus.application.name:unnamed}")
    String source();

    Relay relay();

    Inbox inbox();

    Retention retention();

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        /**
         * How long the relay sleeps when nobody wakes it. Commits in this JVM wake it at once; the poll only catches
         * rows from other instances and rows left by a failed attempt.
         */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** Backoff after a failed publish, doubling up to {@link #maxBackoff()} while Kafka stays away. */
        @WithDefault("200ms")
        Duration minBackoff();

        @WithDefault("5s")
        Duration maxBackoff();

        /** How long one batch may wait for the broker's acknowledgements before the batch counts as failed. */
        @WithDefault("10s")
        Duration sendTimeout();
    }

    interface Inbox {
        /**
         * The name this service's inbox records handled events under, and the middle of its dead-letter topics'
         * names ({@code <topic>.<consumer>.dlt}): the application's name, so that every channel of one service
         * shares one record of what it has applied.
         */
        @WithDefault("${quarkus.application.name}")
        String consumer();

        /**
         * Tries of one event before it goes to the dead-letter topic. With the default backoff the twelfth try is
         * about an hour after the first: a database restart, a lock timeout or an event that arrived before what it
         * depends on has long been dealt with by then.
         */
        @WithDefault("12")
        int maxAttempts();

        /** The longest an event is tried before it goes to the dead-letter topic, whatever its count of tries. */
        @WithDefault("2h")
        Duration retryFor();

        /** The wait after the first failed try; it doubles after each further one, up to {@link #maxBackoff()}. */
        @WithDefault("1s")
        Duration retryBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /**
         * The most events of one poll applied in one transaction. Together they pay for one commit instead of one
         * each; a longer transaction holds the rows it touched longer. A batch that fails is split (see
         * {@code Inbox}), so the count bounds the work one failure repeats.
         */
        @WithDefault("50")
        int batchSize();

        /** How often the retry looks for parked events that are due (it is also woken when one is parked). */
        @WithDefault("1s")
        Duration retryEvery();
    }

    interface Retention {
        /** Published outbox rows are kept this long for audit and replay, then deleted. */
        @WithDefault("P7D")
        Duration publishedEvents();

        /**
         * Handled event ids are kept this long. It must exceed the topics' retention (Kafka's default is 7 days):
         * an event redelivered after its id was deleted would be applied again.
         */
        @WithDefault("P30D")
        Duration handledEvents();
    }
}
