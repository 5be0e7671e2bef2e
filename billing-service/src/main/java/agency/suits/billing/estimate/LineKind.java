package agency.suits.billing.estimate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An estimate line is either a role's hours at its rate or a vendor's cost. */
@Schema(name = "EstimateLineKind")
public enum LineKind {
    ROLE_HOURS,
    VENDOR_COST
}
