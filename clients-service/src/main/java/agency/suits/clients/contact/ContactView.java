package agency.suits.clients.contact;

import java.time.Instant;
import java.util.UUID;

public record ContactView(UUID id, UUID clientId, String name, String email, String phone, String jobTitle,
                          boolean decisionMaker, UUID createdBy, Instant createdAt, long version) {

    static ContactView of(Contact contact) {
        return new ContactView(contact.id, contact.clientId, contact.name, contact.email, contact.phone,
                contact.jobTitle, contact.decisionMaker, contact.createdBy, contact.createdAt, contact.version);
    }
}
