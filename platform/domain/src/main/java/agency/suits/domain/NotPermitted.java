package agency.suits.domain;

import java.util.List;

/**
 * The caller may not do this (answered 403, with the reason): their role does not allow it, they created what they
 * would approve, the amount is above what they may approve.
 */
public class NotPermitted extends DomainException {

    public NotPermitted(String reason) {
        super(reason, List.of(), List.of());
    }
}
