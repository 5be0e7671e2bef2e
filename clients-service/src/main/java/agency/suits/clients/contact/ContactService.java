package agency.suits.clients.contact;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.clients.client.Clients;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.persistence.Rows;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ContactService {

    @Inject ClientAccess access;
    @Inject Clients clients;
    @Inject AgencyClock clock;

    /** {@code decisionMakersOnly} true lists the people who can say yes; false or null lists everybody. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContactView> list(UUID clientId, Boolean decisionMakersOnly, PageRequest page) {
        clients.visible(clientId);
        ListQuery query = ListQuery.everything().and("clientId", clientId)
                .and("decisionMaker", Boolean.TRUE.equals(decisionMakersOnly) ? Boolean.TRUE : null);
        return ListQuery.page(Contact.<Contact>find(query.where(), query.sort(page), query.parameters()), page)
                .map(ContactView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactView get(UUID clientId, UUID contactId) {
        clients.visible(clientId);
        return ContactView.of(find(clientId, contactId, LockModeType.NONE));
    }

    public ContactView add(UUID clientId, ContactDetails details) {
        clients.visible(clientId);
        access.require(ClientPermission.LOG_ACTIVITY);
        requireUniqueEmail(clientId, details.email(), null);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.clientId = clientId;
        contact.createdBy = access.staffId();
        contact.createdAt = clock.now();
        apply(contact, details);
        saveOrRefuseDuplicate(contact);
        return ContactView.of(contact);
    }

    /** Replaces the contact's details as a whole: a read-modify-write, so only with the ETag of what was read. */
    public ContactView replace(UUID clientId, UUID contactId, IfMatch ifMatch, ContactDetails details) {
        clients.visible(clientId);
        Contact contact = find(clientId, contactId, LockModeType.PESSIMISTIC_WRITE);
        access.require(ClientPermission.LOG_ACTIVITY);
        ifMatch.verify(contact.version);
        requireUniqueEmail(clientId, details.email(), contactId);
        apply(contact, details);
        saveOrRefuseDuplicate(contact);
        return ContactView.of(contact);
    }

    public void remove(UUID clientId, UUID contactId) {
        clients.visible(clientId);
        Contact contact = find(clientId, contactId, LockModeType.PESSIMISTIC_WRITE);
        access.require(ClientPermission.LOG_ACTIVITY);
        contact.delete();
        try {
            Contact.flush();
        } catch (PersistenceException referenced) {
            // the interaction log is append-only: who was met stays on record, so the contact stays too
            throw new WrongState("The contact " + contactId + " is named in the client's interaction log, which "
                    + "keeps who was met; it cannot be removed", "replace the contact's details");
        }
    }

    private static Contact find(UUID clientId, UUID contactId, LockModeType lock) {
        return Contact.<Contact>find("id = ?1 and clientId = ?2", contactId, clientId).withLock(lock)
                .firstResultOptional().orElseThrow(() -> NotFoundProblem.of("Contact", contactId));
    }

    private static void requireUniqueEmail(UUID clientId, String email, UUID except) {
        if (Rows.exist(Contact.class, "clientId = ?1 and lower(email) = ?2 and id <> ?3", clientId,
                email.strip().toLowerCase(Locale.ROOT), except == null ? new UUID(0, 0) : except)) {
            throw duplicate(email.strip());
        }
    }

    /** The unique index settles a race between two requests that both passed the check above. */
    private static void saveOrRefuseDuplicate(Contact contact) {
        try {
            contact.persistAndFlush();
        } catch (PersistenceException raced) {
            throw duplicate(contact.email);
        }
    }

    private static WrongState duplicate(String email) {
        return new WrongState("The client already has a contact with email " + email, "update the existing contact");
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
