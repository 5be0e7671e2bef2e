package agency.suits.clients.digest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supervisor's report to the director for a period: for each account they supervise, what changed. Built from
 * what this service knows: the health assessment and the signals observed, the events its people were told of, the
 * interactions logged and the contracts coming up for renewal.
 */
@Schema(examples = """
        {"supervisorId": "5b0c1a7e-3d2f-4c8a-9e61-2f7d4b9a0c13", "supervisorName": "Sam Sterling",
         "from": "2026-11-23T07:00:00Z", "to": "2026-11-30T07:00:00Z",
         "accounts": [{"clientId": "5f1c2b7a-3e4d-4c8b-9f60-1a2b3c4d5e6f", "name": "Acme Foods", "status": "AT_RISK",
           "healthScore": 48, "healthSignals": [{"signal": "WORK_REJECTED", "detail": "Round 2 of J-2026-0042 rejected",
           "observedAt": "2026-11-25T15:00:00Z"}],
           "happened": [{"kind": "FEEDBACK_REJECTED", "count": 1}, {"kind": "INVOICE_ISSUED", "count": 2}],
           "interactions": 3, "renewalsComing": [{"contractId": "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a",
           "endsOn": "2027-01-31"}]}]}""")
public record SupervisorDigest(UUID supervisorId, @Schema(maxLength = 200) String supervisorName, Instant from,
                               Instant to, List<Account> accounts) {

    /** One account of the supervisor in the period. */
    public record Account(UUID clientId, @Schema(maxLength = 200) String name, String status,
                          @Schema(nullable = true) Integer healthScore, List<Signal> healthSignals,
                          List<Happening> happened, long interactions, List<Renewal> renewalsComing) {
    }

    /** A health signal observed in the period. */
    public record Signal(String signal, @Schema(maxLength = 500) String detail, Instant observedAt) {
    }

    /** How many events of a kind the account's people were told of in the period. */
    public record Happening(String kind, long count) {
    }

    /** A contract of the account ending within the renewal horizon, not renewed or terminated. */
    public record Renewal(UUID contractId, LocalDate endsOn) {
    }

    /** The one sentence its notification says. */
    String summary() {
        long signals = accounts.stream().mapToLong(account -> account.healthSignals().size()).sum();
        long events = accounts.stream().flatMap(account -> account.happened().stream())
                .mapToLong(Happening::count).sum();
        long renewals = accounts.stream().mapToLong(account -> account.renewalsComing().size()).sum();
        long atRisk = accounts.stream().filter(account -> "AT_RISK".equals(account.status())).count();
        return supervisorName + "'s " + accounts.size() + " account(s) this period: " + atRisk + " at risk, "
                + signals + " health signal(s), " + events + " event(s), " + renewals + " renewal(s) coming";
    }
}
