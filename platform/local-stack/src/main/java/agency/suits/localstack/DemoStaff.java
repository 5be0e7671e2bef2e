package agency.suits.localstack;

import agency.suits.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The people of the demo agency, one or more per role, so that every rule of DOMAIN.md can be tried by hand:
 * two account executives for "not on that account", a supervisor and a director for "not the creator". The local
 * stack enters them in clients-service's staff directory, with their reporting lines, when it starts
 * ({@link DemoDirectory}).
 */
public enum DemoStaff {

    ALICE("Alice Archer", Role.ACCOUNT_DIRECTOR, null),
    SAM("Sam Sterling", Role.ACCOUNT_SUPERVISOR, "alice"),
    EVE("Eve Easton", Role.ACCOUNT_EXECUTIVE, "sam"),
    ED("Ed Ellis", Role.ACCOUNT_EXECUTIVE, "sam"),
    PAUL("Paul Porter", Role.ACCOUNT_PLANNER, "sam"),
    CODY("Cody Cole", Role.ACCOUNT_COORDINATOR, "sam"),
    CLEO("Cleo Curtis", Role.CREATIVE_DIRECTOR, null),
    CHRIS("Chris Crane", Role.CREATIVE, "cleo"),
    FIONA("Fiona Fox", Role.FINANCE, null),
    TOM("Tom Tate", Role.TRAFFIC, null),
    ADA("Ada Adams", Role.ADMIN, null);

    private final String fullName;
    private final Role role;
    /** The username of whom they report to (an enum cannot name a later constant in its own constructor). */
    private final String manager;

    DemoStaff(String fullName, Role role, String manager) {
        this.fullName = fullName;
        this.role = role;
        this.manager = manager;
    }

    /**
     * The staff id, the token's {@code sub}: a UUID like any identity provider's subject, fixed per demo person so
     * that tokens issued on different days name the same staff member.
     */
    public UUID staffId() {
        return UUID.nameUUIDFromBytes(("suits-demo-staff:" + username()).getBytes(StandardCharsets.UTF_8));
    }

    /** The login name: the token's {@code upn}, and what {@code ./suits token} takes. */
    public String username() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    /**
     * Whom they report to in the staff directory: account services to Sam and Sam to Alice, the creative to Cleo;
     * the heads of each department (Alice, Cleo, Fiona, Tom) and the admin report to nobody.
     */
    public Optional<DemoStaff> reportsTo() {
        return manager == null ? Optional.empty() : byUsername(manager);
    }

    /** The directory's email of the person: the login name at the demo agency's domain. */
    public String email() {
        return username() + "@agency.example";
    }

    public static Optional<DemoStaff> byUsername(String username) {
        return Arrays.stream(values()).filter(staff -> staff.username().equalsIgnoreCase(username)).findFirst();
    }
}
