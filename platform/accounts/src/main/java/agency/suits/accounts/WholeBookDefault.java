package agency.suits.accounts;

import agency.suits.security.CurrentStaff;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The rule of {@link agency.suits.security.Role#seesWholeBook()}, unless the service says otherwise. */
public class WholeBookDefault {

    @Produces
    @DefaultBean
    @ApplicationScoped
    WholeBook byRole() {
        return CurrentStaff::seesWholeBook;
    }
}
