package agency.suits.localstack;

import agency.suits.embedded.Ports;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackPortsTest {

    @Test
    void namesEveryTakenPortWithWhatNeededIt() throws Exception {
        try (ServerSocket clients = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket gateway = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int free = Ports.free();
            Map<Integer, String> wanted = new LinkedHashMap<>();
            wanted.put(clients.getLocalPort(), "clients-service");
            wanted.put(free, "PostgreSQL");
            wanted.put(gateway.getLocalPort(), "gateway");

            StackPorts.PortsTakenException e = assertThrows(StackPorts.PortsTakenException.class,
                    () -> StackPorts.requireFree(wanted));

            assertEquals(Map.of(clients.getLocalPort(), "clients-service", gateway.getLocalPort(), "gateway"),
                    e.taken());
            assertTrue(e.getMessage().contains(
                            "port " + clients.getLocalPort() + " (needed by clients-service) is already taken"),
                    e.getMessage());
            assertTrue(e.getMessage().contains(
                            "port " + gateway.getLocalPort() + " (needed by gateway) is already taken"),
                    e.getMessage());
        }
    }

    @Test
    void freePortsPassTheCheck() {
        int free = Ports.free();
        StackPorts.requireFree(Map.of(free, "Kafka broker"));
    }

    @Test
    void takenListsOnlyPortsThatAreNotFree() {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        wanted.put(1, "a");
        wanted.put(2, "b");
        wanted.put(3, "c");
        assertEquals(Map.of(2, "b"), StackPorts.taken(wanted, port -> port != 2));
    }

    @Test
    void everyProcessOfTheStackHasItsOwnPort() {
        Map<Integer, String> required = StackPorts.required();
        assertEquals(3 + StackApp.values().length, required.size(), "no two processes share a port: " + required);
        assertEquals("PostgreSQL", required.get(15432));
        assertEquals("Kafka broker", required.get(19092));
        assertEquals("Kafka controller", required.get(19093));
        assertEquals("gateway", required.get(8080));
        assertEquals("clients-service", required.get(8081));
        assertEquals("briefs-service", required.get(8082));
        assertEquals("creative-workflow-service", required.get(8083));
        assertEquals("billing-service", required.get(8084));
    }
}
