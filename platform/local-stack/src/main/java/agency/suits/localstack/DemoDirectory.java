package agency.suits.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Enters the demo staff in clients-service's staff directory, as Ada (the admin) would through the API, once the
 * service is up: every person missing from it is added with their reporting line; a person already in it is left as
 * it is, so what somebody changed by hand survives a restart. Through the API rather than a seed inside the service,
 * so that the service knows nothing of the demo agency and no setting could switch a seed on in production.
 */
final class DemoDirectory {

    private final HttpClient http;
    private final URI clientsService;
    private final String adaToken;

    DemoDirectory(HttpClient http, URI clientsService, String adaToken) {
        this.http = http;
        this.clientsService = clientsService;
        this.adaToken = adaToken;
    }

    /** Managers before the people who report to them: the directory refuses a manager it does not know. */
    static List<DemoStaff> inSeedingOrder() {
        List<DemoStaff> ordered = new ArrayList<>();
        for (DemoStaff staff : DemoStaff.values()) {
            addWithManagers(staff, ordered);
        }
        return ordered;
    }

    private static void addWithManagers(DemoStaff staff, List<DemoStaff> ordered) {
        if (ordered.contains(staff)) {
            return;
        }
        staff.reportsTo().ifPresent(manager -> addWithManagers(manager, ordered));
        ordered.add(staff);
    }

    /** The body of {@code POST /api/staff} for the person (names and emails of the demo need no JSON escaping). */
    static String entry(DemoStaff staff) {
        String reportsTo = staff.reportsTo().map(manager -> "\"" + manager.staffId() + "\"").orElse("null");
        return "{\"id\":\"" + staff.staffId() + "\",\"name\":\"" + staff.fullName() + "\",\"email\":\""
                + staff.email() + "\",\"role\":\"" + staff.role().name() + "\",\"reportsTo\":" + reportsTo + "}";
    }

    /** Adds whoever is missing; answers how many were added. */
    int seed(PrintStream out) {
        int added = 0;
        for (DemoStaff staff : inSeedingOrder()) {
            int found = send(request("/api/staff/" + staff.staffId()).GET().build());
            if (found == 404) {
                int status = send(request("/api/staff").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(entry(staff))).build());
                if (status != 201) {
                    throw new IllegalStateException("clients-service refused the demo staff member "
                            + staff.username() + " (HTTP " + status + ")");
                }
                added++;
            } else if (found != 200) {
                throw new IllegalStateException("clients-service answered HTTP " + found + " for the demo staff member "
                        + staff.username());
            }
        }
        out.println(String.format("  %-26s %d added, %d already there", "demo staff directory", added,
                DemoStaff.values().length - added));
        return added;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(clientsService.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + adaToken);
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach clients-service to enter the demo staff: " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while entering the demo staff", e);
        }
    }
}
