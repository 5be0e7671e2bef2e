package agency.suits.gateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import agency.suits.gateway.upstream.UpstreamService;

class RouteTableTest {

    private final RouteTable table = RouteTable.ofAllServices();

    @ParameterizedTest
    @CsvSource({
            "/api/staff, CLIENTS", "/api/clients, CLIENTS", "/api/contracts, CLIENTS",
            "/api/me/notifications, CLIENTS", "/api/me/notification-settings, CLIENTS", "/api/webhooks, CLIENTS",
            "/api/opportunities, CLIENTS", "/api/rule-settings/EXECUTIVE_ACCOUNT_CAP/changes, CLIENTS",
            "/api/job-requests, BRIEFS", "/api/briefs, BRIEFS",
            "/api/creative-jobs, CREATIVE",
            "/api/rate-cards, BILLING", "/api/estimates, BILLING", "/api/jobs, BILLING",
            "/api/change-orders, BILLING", "/api/time-entries, BILLING", "/api/cost-entries, BILLING",
            "/api/invoices, BILLING", "/api/payables, BILLING", "/api/billing-summaries, BILLING",
            "/api/operations/clients-service, CLIENTS", "/api/operations/briefs-service, BRIEFS",
            "/api/operations/creative-workflow-service, CREATIVE", "/api/operations/billing-service, BILLING" })
    void ownsEachPrefixAndEverythingBelowIt(String prefix, UpstreamService owner) {
        assertEquals(Optional.of(owner), ownerOf(prefix));
        assertEquals(Optional.of(owner), ownerOf(prefix + "/"));
        assertEquals(Optional.of(owner), ownerOf(prefix + "/7/lines"));
    }

    @Test
    void hasOnePrefixPerResourceTwoClientFiguresOfBillingAndOneOperationsPrefixEach() {
        assertEquals(16 + 2 + 1 + 1 + 2 + UpstreamService.values().length, table.routes().size());
    }

    @ParameterizedTest
    @CsvSource({
            "/api/clients/7/margin, BILLING", "/api/clients/7/margin/, BILLING",
            "/api/clients/7/retainer-periods, BILLING", "/api/clients/7/retainer-periods/x, BILLING",
            "/api/clients/7, CLIENTS", "/api/clients/7/contacts, CLIENTS", "/api/clients/7/marginal, CLIENTS",
            "/api/clients//margin, CLIENTS", "/api/clients/margin, CLIENTS", "/api/clients, CLIENTS" })
    void aClientsMarginAndRetainerPeriodsAreBillingsAndEverythingElseOfTheClientIsNot(String path,
                                                                                      UpstreamService owner) {
        assertEquals(Optional.of(owner), ownerOf(path));
    }

    @Test
    void theSpecificRouteWinsWhicheverOrderTheRoutesAreListedIn() {
        Route clients = new Route("/api/clients", UpstreamService.CLIENTS);
        Route margin = new Route("/api/clients/{clientId}/margin", UpstreamService.BILLING);
        assertEquals(UpstreamService.BILLING, new RouteTable(List.of(clients, margin)).routeFor("/api/clients/7/margin")
                .orElseThrow().owner());
        assertEquals(UpstreamService.BILLING, new RouteTable(List.of(margin, clients)).routeFor("/api/clients/7/margin")
                .orElseThrow().owner());
    }

    @Test
    void refusesATemplatedRouteListedTwice() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new RouteTable(List.of(
                new Route("/api/clients/{clientId}/margin", UpstreamService.BILLING),
                new Route("/api/clients/{id}/margin", UpstreamService.BRIEFS))));
        assertTrue(refused.getMessage().contains("/margin"), refused.getMessage());
    }

    @Test
    void reportsTheTemplateOfACarvedOutRouteToMetrics() {
        Route margin = table.routeFor("/api/clients/123/margin").orElseThrow();
        assertEquals("/api/clients/{clientId}/margin", margin.templateFor("/api/clients/123/margin"));
        assertEquals("/api/clients/{clientId}/margin/{path}", margin.templateFor("/api/clients/123/margin/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/clientsX", "/api/jobsheet", "/api/job", "/api", "/api/", "/api/unknown",
            "/clients", "/API/clients" })
    void ownsNoPathOutsideAPrefixBoundary(String path) {
        assertEquals(Optional.empty(), ownerOf(path));
    }

    @Test
    void distinguishesJobsFromJobRequests() {
        assertEquals(Optional.of(UpstreamService.BILLING), ownerOf("/api/jobs/1"));
        assertEquals(Optional.of(UpstreamService.BRIEFS), ownerOf("/api/job-requests/1"));
    }

    @Test
    void refusesAPrefixOwnedTwice() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new RouteTable(List.of(
                new Route("/api/jobs", UpstreamService.BILLING),
                new Route("/api/jobs", UpstreamService.BRIEFS))));
        assertTrue(refused.getMessage().contains("/api/jobs"), refused.getMessage());
    }

    @Test
    void refusesAPrefixNestedInAnother() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new RouteTable(List.of(
                new Route("/api/jobs", UpstreamService.BILLING),
                new Route("/api/jobs/drafts", UpstreamService.BRIEFS))));
        assertTrue(refused.getMessage().contains("/api/jobs/drafts"), refused.getMessage());
    }

    @Test
    void reportsOneMetricsTemplatePerRouteNotPerId() {
        Route clients = table.routeFor("/api/clients/123").orElseThrow();
        assertEquals("/api/clients/{path}", clients.templateFor("/api/clients/123"));
        assertEquals("/api/clients", clients.templateFor("/api/clients"));
    }

    private Optional<UpstreamService> ownerOf(String path) {
        return table.routeFor(path).map(Route::owner);
    }
}
