package agency.suits.clients.client;

import agency.suits.events.clients.ClientStatus;
import agency.suits.domain.WrongState;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static agency.suits.events.clients.ClientStatus.ACTIVE;
import static agency.suits.events.clients.ClientStatus.AT_RISK;
import static agency.suits.events.clients.ClientStatus.CHURNED;
import static agency.suits.events.clients.ClientStatus.PAUSED;
import static agency.suits.events.clients.ClientStatus.PROSPECT;

/**
 * The legal moves of a client relationship. A prospect is won (ACTIVE) or lost (CHURNED); an active account can
 * drift into AT_RISK and recover, pause and resume, or churn; a churned client can only come back as a prospect,
 * because winning it back is new business.
 */
public final class ClientLifecycle {

    private static final Map<ClientStatus, Set<ClientStatus>> NEXT = new EnumMap<>(ClientStatus.class);
    private static final List<ClientStatus> ACTIVE_STATUSES = List.of(ACTIVE, AT_RISK);

    static {
        NEXT.put(PROSPECT, EnumSet.of(ACTIVE, CHURNED));
        NEXT.put(ACTIVE, EnumSet.of(AT_RISK, PAUSED, CHURNED));
        NEXT.put(AT_RISK, EnumSet.of(ACTIVE, PAUSED, CHURNED));
        NEXT.put(PAUSED, EnumSet.of(ACTIVE, CHURNED));
        NEXT.put(CHURNED, EnumSet.of(PROSPECT));
    }

    private ClientLifecycle() {
    }

    /** Where a client in this status may go next, in declaration order. */
    public static List<ClientStatus> allowedFrom(ClientStatus from) {
        return List.copyOf(NEXT.get(from));
    }

    public static boolean allows(ClientStatus from, ClientStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** 409 naming the statuses the client could move to instead. */
    public static void requireAllowed(ClientStatus from, ClientStatus to) {
        if (!allows(from, to)) {
            throw new WrongState("A client in status " + from + " cannot move to " + to,
                    allowedFrom(from).stream().map(Enum::name).toList());
        }
    }

    /** Active accounts are the ones that count against an AE's cap and need a primary supervisor. */
    public static boolean isActive(ClientStatus status) {
        return ACTIVE_STATUSES.contains(status);
    }

    /** The active statuses, for queries. */
    public static List<ClientStatus> activeStatuses() {
        return ACTIVE_STATUSES;
    }
}
