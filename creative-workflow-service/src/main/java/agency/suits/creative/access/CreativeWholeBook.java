package agency.suits.creative.access;

import agency.suits.accounts.WholeBook;
import agency.suits.security.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who sees every creative job: those who see the whole book anyway (directors, finance, admins) and the creative
 * department, who work for every client. Everybody else sees the jobs of the clients whose team they are on.
 */
@ApplicationScoped
public class CreativeWholeBook implements WholeBook {

    @Override
    public boolean seenBy(CurrentStaff staff) {
        return staff.seesWholeBook() || staff.holds(CreativePermission.SEE_EVERY_JOB);
    }
}
