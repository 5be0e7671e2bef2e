package agency.suits.accounts;

import agency.suits.security.CurrentStaff;

/**
 * Who sees every client instead of only those whose account team they are on. By default the roles that see the
 * whole book (directors, finance, admins); a service where a department works across all clients (the creative
 * department in creative-workflow-service) supplies its own bean.
 */
@FunctionalInterface
public interface WholeBook {

    boolean seenBy(CurrentStaff staff);
}
