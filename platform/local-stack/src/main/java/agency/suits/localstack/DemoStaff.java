package agency.suits.localstack;

import agency.suits.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The people of the demo agency, one or more per role, so that every rule of DOMAIN.md can be tried by hand:
 * two account executives for "not on that account", a supervisor and a director for "not the creator".
 */
public enum DemoStaff {

    ALICE("Alice Archer", Role.ACCOUNT_DIRECTOR),
    SAM("Sam Sterling", Role.ACCOUNT_SUPERVISOR),
    EVE("Eve Easton", Role.ACCOUNT_EXECUTIVE),
    ED("Ed Ellis", Role.ACCOUNT_EXECUTIVE),
    PAUL("Paul Porter", Role.ACCOUNT_PLANNER),
    CODY("Cody Cole", Role.ACCOUNT_COORDINATOR),
    CLEO("Cleo Curtis", Role.CREATIVE_DIRECTOR),
    CHRIS("Chris Crane", Role.CREATIVE),
    FIONA("Fiona Fox", Role.FINANCE),
    TOM("Tom Tate", Role.TRAFFIC),
    ADA("Ada Adams", Role.ADMIN);

    private final String fullName;
    private final Role role;

    DemoStaff(String fullName, Role role) {
        this.fullName = fullName;
        this.role = role;
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

    public static Optional<DemoStaff> byUsername(String username) {
        return Arrays.stream(values()).filter(staff -> staff.username().equalsIgnoreCase(username)).findFirst();
    }
}
