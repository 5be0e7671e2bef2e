package agency.suits.localstack;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDirectoryTest {

    @Test
    void accountServicesReportToSamWhoReportsToAliceAndChrisToCleo() {
        Map<DemoStaff, DemoStaff> lines = Map.of(DemoStaff.SAM, DemoStaff.ALICE, DemoStaff.EVE, DemoStaff.SAM,
                DemoStaff.ED, DemoStaff.SAM, DemoStaff.PAUL, DemoStaff.SAM, DemoStaff.CODY, DemoStaff.SAM,
                DemoStaff.CHRIS, DemoStaff.CLEO);
        for (DemoStaff staff : DemoStaff.values()) {
            assertEquals(Optional.ofNullable(lines.get(staff)), staff.reportsTo(), staff.username());
        }
    }

    @Test
    void managersAreEnteredBeforeThePeopleWhoReportToThem() {
        List<DemoStaff> order = DemoDirectory.inSeedingOrder();
        assertEquals(Set.of(DemoStaff.values()), new HashSet<>(order));
        assertEquals(DemoStaff.values().length, order.size());
        for (DemoStaff staff : order) {
            staff.reportsTo().ifPresent(manager -> assertTrue(order.indexOf(manager) < order.indexOf(staff),
                    manager.username() + " before " + staff.username()));
        }
    }

    @Test
    void anEntryCarriesTheStaffIdTheTokenNamesAndTheReportingLine() {
        assertEquals("{\"id\":\"" + DemoStaff.SAM.staffId() + "\",\"name\":\"Sam Sterling\",\"email\":"
                + "\"sam@agency.example\",\"role\":\"ACCOUNT_SUPERVISOR\",\"reportsTo\":\"" + DemoStaff.ALICE.staffId()
                + "\"}", DemoDirectory.entry(DemoStaff.SAM));
        assertTrue(DemoDirectory.entry(DemoStaff.ALICE).endsWith("\"reportsTo\":null}"));
    }

    @Test
    void addsWhoIsMissingOnceAndLeavesWhoIsThere() throws Exception {
        Set<String> directory = new HashSet<>();
        List<String> requests = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/staff", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path + " "
                    + exchange.getRequestHeaders().getFirst("Authorization").startsWith("Bearer "));
            int status;
            if ("POST".equals(exchange.getRequestMethod())) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                directory.add(body.substring(7, 43));
                status = 201;
            } else {
                status = directory.contains(path.substring("/api/staff/".length())) ? 200 : 404;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            DemoDirectory seeding = new DemoDirectory(HttpClient.newHttpClient(),
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "token");
            PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            assertEquals(DemoStaff.values().length, seeding.seed(out));
            assertEquals(0, seeding.seed(out));
        } finally {
            server.stop(0);
        }
        assertEquals(Set.of(DemoStaff.values()).size(), directory.size());
        assertTrue(requests.stream().allMatch(r -> r.endsWith(" true")), requests.toString());
        assertEquals(DemoStaff.values().length, requests.stream().filter(r -> r.startsWith("POST")).count());
    }
}
