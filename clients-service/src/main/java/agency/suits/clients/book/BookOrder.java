package agency.suits.clients.book;

import java.util.Comparator;

/** How the book is sorted. Ties go by the client's name, so the order is stable. */
public enum BookOrder {
    /** The lowest health score first; of two alike, the one already AT_RISK first. */
    RISK(Comparator.comparingInt((BookAccount a) -> a.health().score())
            .thenComparing(a -> !a.health().atRisk())),
    /** By the client's name. */
    NAME(Comparator.comparing((BookAccount a) -> 0)),
    /** The contract that runs out first, first; accounts without a contract in force last. */
    RENEWAL(Comparator.comparing((BookAccount a) -> a.contract() == null ? null : a.contract().endsOn(),
            Comparator.nullsLast(Comparator.naturalOrder())));

    private final Comparator<BookAccount> order;

    BookOrder(Comparator<BookAccount> first) {
        this.order = first.thenComparing(BookAccount::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(BookAccount::clientId);
    }

    public Comparator<BookAccount> comparator() {
        return order;
    }
}
