package agency.suits.clients.book;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** clients-service's part of the book: the accounts themselves, in the order asked for. */
@Schema(name = "ClientsBook", description = "The accounts of the caller's book as clients-service knows them, in "
        + "the order asked for", requiredProperties = {"accounts"})
public record BookAccounts(List<BookAccount> accounts) {
}
