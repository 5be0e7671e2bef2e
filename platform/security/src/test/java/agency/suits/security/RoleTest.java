package agency.suits.security;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleTest {

    @Test
    void theCreativeDepartmentAndTrafficNeverSeeMoney() {
        Set<Role> blind = Arrays.stream(Role.values()).filter(role -> !role.seesMoney())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

        assertEquals(EnumSet.of(Role.CREATIVE_DIRECTOR, Role.CREATIVE, Role.TRAFFIC), blind);
    }

    @Test
    void directorsFinanceAndAdminsSeeTheWholeBook() {
        Set<Role> wholeBook = Arrays.stream(Role.values()).filter(Role::seesWholeBook)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

        assertEquals(EnumSet.of(Role.ACCOUNT_DIRECTOR, Role.FINANCE, Role.ADMIN), wholeBook);
    }
}
