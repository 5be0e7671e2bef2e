package agency.suits.events;

import java.util.List;

/** One Kafka topic per owning service; only the owner publishes on it. */
public final class Topics {

    public static final String CLIENTS = "suits.clients";
    public static final String BRIEFS = "suits.briefs";
    public static final String CREATIVE = "suits.creative";
    public static final String BILLING = "suits.billing";

    public static final List<String> ALL = List.of(CLIENTS, BRIEFS, CREATIVE, BILLING);

    private Topics() {
    }
}
