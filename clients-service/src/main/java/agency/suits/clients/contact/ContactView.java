package agency.suits.clients.contact;

import agency.suits.web.Identified;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A contact as the API shows it; a phone or job title nobody gave is left out. */
public record ContactView(UUID id, UUID clientId, String name, String email,
                          @Schema(nullable = true) String phone,
                          @Schema(nullable = true) String jobTitle,
                          boolean decisionMaker, UUID createdBy, Instant createdAt, long version)
        implements Identified {

    static ContactView of(Contact contact) {
        return new ContactView(contact.id, contact.clientId, contact.name, contact.email, contact.phone,
                contact.jobTitle, contact.decisionMaker, contact.createdBy, contact.createdAt, contact.version);
    }
}
