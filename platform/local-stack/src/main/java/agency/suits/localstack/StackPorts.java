package agency.suits.localstack;

import agency.suits.embedded.Ports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** The fixed ports of the local stack, and the check that all of them are free before anything starts. */
public final class StackPorts {

    public static final int POSTGRES = 15432;
    public static final int KAFKA = 19092;
    public static final int KAFKA_CONTROLLER = 19093;

    private StackPorts() {
    }

    /** Every port the stack binds, with what binds it, in start order. */
    public static Map<Integer, String> required() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(POSTGRES, "PostgreSQL");
        ports.put(KAFKA, "Kafka broker");
        ports.put(KAFKA_CONTROLLER, "Kafka controller");
        for (StackApp app : StackApp.values()) {
            ports.put(app.httpPort(), app.module());
        }
        return ports;
    }

    /** The ports of {@code wanted} that are not free, each with who wanted it. */
    public static Map<Integer, String> taken(Map<Integer, String> wanted, IntPredicate isFree) {
        Map<Integer, String> taken = new LinkedHashMap<>();
        wanted.forEach((port, wantedBy) -> {
            if (!isFree.test(port)) {
                taken.put(port, wantedBy);
            }
        });
        return taken;
    }

    /** Fails before anything starts, naming every taken port, rather than halfway through with a bind error. */
    public static void requireFree(Map<Integer, String> wanted) {
        Map<Integer, String> taken = taken(wanted, Ports::isFree);
        if (!taken.isEmpty()) {
            throw new PortsTakenException(taken);
        }
    }

    public static final class PortsTakenException extends IllegalStateException {
        private final Map<Integer, String> taken;

        PortsTakenException(Map<Integer, String> taken) {
            super(message(taken));
            this.taken = Map.copyOf(taken);
        }

        public Map<Integer, String> taken() {
            return taken;
        }

        private static String message(Map<Integer, String> taken) {
            StringBuilder text = new StringBuilder();
            List<Map.Entry<Integer, String>> entries = List.copyOf(taken.entrySet());
            for (int i = 0; i < entries.size(); i++) {
                Map.Entry<Integer, String> entry = entries.get(i);
                text.append(i == 0 ? "" : "; ")
                        .append("port ").append(entry.getKey())
                        .append(" (needed by ").append(entry.getValue()).append(") is already taken");
            }
            int first = entries.get(0).getKey();
            return text.append(". Stop the process that holds it (`ss -ltnp 'sport = :").append(first)
                    .append("'` shows which) and run ./suits up again.").toString();
        }
    }
}
