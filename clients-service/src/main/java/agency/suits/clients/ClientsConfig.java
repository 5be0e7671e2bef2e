package agency.suits.clients;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The clients service's business settings (docs/clients-service.md), each overridable per agency. */
@ConfigMapping(prefix = "suits.clients")
public interface ClientsConfig {

    Team team();

    Renewals renewals();

    Health health();

    Webhooks webhooks();

    Digest digest();

    interface Team {

        /** How many active (ACTIVE or AT_RISK) accounts one account executive may be on. */
        @WithDefault("3")
        int maxActiveAccountsPerExecutive();
    }

    interface Renewals {

        /** How often contracts entering their notice window are looked for (a duration such as 1h; "off" stops it). */
        @WithDefault("1h")
        String checkEvery();
    }

    /** The relationship-health rules' numbers. */
    interface Health {

        /** A client scoring below this is at risk. */
        @WithDefault("60")
        int threshold();

        /** How long an event's signal weighs on the score. */
        @WithDefault("P90D")
        Duration window();

        /** Client feedback slower than this counts as a slow approval. */
        @WithDefault("P5D")
        Duration slowApprovalAfter();

        /** An active client nobody has talked to for this long is a signal. */
        @WithDefault("P30D")
        Duration quietAfter();

        /**
         * How often every active client is reassessed, since time-based signals change without events (a duration
         * such as 1h; "off" stops it).
         */
        @WithDefault("1h")
        String checkEvery();

        Weights weights();

        interface Weights {
            @WithDefault("20")
            int workRejected();

            @WithDefault("5")
            int changesRequested();

            @WithDefault("5")
            int slowApproval();

            @WithDefault("15")
            int revisionLimitExceeded();

            @WithDefault("20")
            int budgetOverrun();

            /** An overdue invoice; at 30 and at 60 days overdue it weighs {@link #invoiceOverdueAgeStep()} more. */
            @WithDefault("10")
            int invoiceOverdue();

            @WithDefault("5")
            int invoiceOverdueAgeStep();

            @WithDefault("10")
            int noRecentInteraction();

            @WithDefault("15")
            int contractEndingWithoutRenewal();
        }
    }

    /** Deliveries to the agency's other systems (docs/webhooks.md). */
    interface Webhooks {

        /** How often due deliveries are looked for (a duration such as 1s; "off" stops sending). */
        @WithDefault("1s")
        String dispatchEvery();

        /** The wait after a first failed try; each further failure doubles it, up to {@link #longestWait()}. */
        @WithDefault("10s")
        Duration firstRetryAfter();

        @WithDefault("1h")
        Duration longestWait();

        /** How long a delivery is tried before it is given up (an admin may still replay it). */
        @WithDefault("P3D")
        Duration tryFor();

        /** Failed tries in a row after which a subscription is paused and flagged for an admin. */
        @WithDefault("50")
        int pauseAfterFailures();

        /** How long one try waits for the receiver's answer (connecting included). */
        @WithDefault("10s")
        Duration requestTimeout();

        /** How many due deliveries one instance takes in hand at a time, sent side by side. */
        @WithDefault("20")
        int batchSize();

        /** Hosts allowed as targets even though they resolve to loopback or link-local addresses (development). */
        Optional<Set<String>> allowedHosts();
    }

    /** The supervisor's report to the director (docs/notifications.md). */
    interface Digest {

        /** When digests are sent (a Quartz-style cron, weekly on Monday 07:00 by default; "off" stops them). */
        @WithDefault("0 0 7 ? * MON")
        String cron();

        /** The period a digest covers, up to when it is sent. */
        @WithDefault("P7D")
        Duration period();

        /** How far ahead a digest lists contracts coming up for renewal. */
        @WithDefault("P90D")
        java.time.Period renewalHorizon();
    }
}
