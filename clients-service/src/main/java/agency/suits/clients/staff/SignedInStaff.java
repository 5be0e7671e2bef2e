package agency.suits.clients.staff;

import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;

import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;

/** The calling staff member as the token describes them. */
public record SignedInStaff(UUID staffId, Set<Role> roles, boolean seesWholeBook) {

    static SignedInStaff of(CurrentStaff staff) {
        return new SignedInStaff(staff.id(), new TreeSet<>(staff.roles()), staff.seesWholeBook());
    }
}
