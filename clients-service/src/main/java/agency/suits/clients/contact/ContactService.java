package agency.suits.clients.contact;

import agency.suits.clients.client.ClientAccess;
import agency.suits.clients.client.ClientPermission;
import agency.suits.web.IfMatch;
import agency.suits.domain.WrongState;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ContactService {

    private final ClientAccess access;

    ContactService(ClientAccess access) {
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactView> list(UUID clientId, Boolean decisionMakersOnly) {
        access.visible(clientId);
        List<Contact> contacts = Boolean.TRUE.equals(decisionMakersOnly)
                ? Contact.list("clientId = ?1 and decisionMaker = true order by name, id", clientId)
                : Contact.list("clientId = ?1 order by name, id", clientId);
        return contacts.stream().map(ContactView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactView get(UUID clientId, UUID contactId) {
        access.visible(clientId);
        return ContactView.of(find(clientId, contactId));
    }

    public ContactView add(UUID clientId, ContactDetails details) {
        access.changeable(clientId, ClientPermission.LOG_ACTIVITY);
        requireUniqueEmail(clientId, details.email(), null);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.clientId = clientId;
        contact.createdBy = access.staffId();
        contact.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        apply(contact, details);
        saveOrRefuseDuplicate(contact);
        return ContactView.of(contact);
    }

    public ContactView replace(UUID clientId, UUID contactId, IfMatch ifMatch, ContactDetails details) {
        access.changeable(clientId, ClientPermission.LOG_ACTIVITY);
        Contact contact = find(clientId, contactId);
        ifMatch.verify(contact.version);
        requireUniqueEmail(clientId, details.email(), contactId);
        apply(contact, details);
        saveOrRefuseDuplicate(contact);
        return ContactView.of(contact);
    }

    public void remove(UUID clientId, UUID contactId) {
        access.changeable(clientId, ClientPermission.LOG_ACTIVITY);
        find(clientId, contactId).delete();
    }

    private static Contact find(UUID clientId, UUID contactId) {
        return Contact.<Contact>find("id = ?1 and clientId = ?2", contactId, clientId).firstResultOptional()
                .orElseThrow(() -> NotFoundProblem.of("Contact", contactId));
    }

    private static void requireUniqueEmail(UUID clientId, String email, UUID except) {
        long taken = Contact.count("clientId = ?1 and lower(email) = ?2 and id <> ?3", clientId,
                email.strip().toLowerCase(Locale.ROOT), except == null ? new UUID(0, 0) : except);
        if (taken > 0) {
            throw new WrongState("The client already has a contact with email " + email.strip(),
                    "update the existing contact");
        }
    }

    /** The unique index settles a race between two requests that both passed the check above. */
    private static void saveOrRefuseDuplicate(Contact contact) {
        try {
            contact.persistAndFlush();
        } catch (PersistenceException duplicate) {
            throw new WrongState("The client already has a contact with email " + contact.email,
                    "update the existing contact");
        }
    }

    private static void apply(Contact contact, ContactDetails details) {
        contact.name = details.name().strip();
        contact.email = details.email().strip();
        contact.phone = blankToNull(details.phone());
        contact.jobTitle = blankToNull(details.jobTitle());
        contact.decisionMaker = details.decisionMaker();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
