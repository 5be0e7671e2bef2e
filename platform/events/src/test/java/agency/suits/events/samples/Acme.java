package agency.suits.events.samples;

import agency.suits.events.Money;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** The account the samples are about: ACME, its people at the agency, its job. */
public final class Acme {

    public static final UUID CLIENT_ID = id("client:acme");
    public static final String CLIENT_CODE = "ACME";
    public static final String JOB_NUMBER = "ACME-2026-0042";
    public static final UUID JOB_REQUEST_ID = id("job-request:ACME-2026-0042");
    public static final UUID BRIEF_ID = id("brief:ACME-2026-0042");
    public static final UUID CREATIVE_JOB_ID = id("creative-job:ACME-2026-0042");
    public static final UUID CONTRACT_ID = id("contract:acme-2026");

    public static final UUID ALICE_EXECUTIVE = id("staff:alice");
    public static final UUID BOB_SUPERVISOR = id("staff:bob");
    public static final UUID CAROL_DIRECTOR = id("staff:carol");
    public static final UUID DAN_PLANNER = id("staff:dan");
    public static final UUID FIONA_FINANCE = id("staff:fiona");

    private Acme() {
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public static Instant at(String instant) {
        return Instant.parse(instant);
    }

    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
