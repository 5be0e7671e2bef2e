package agency.suits.web.book;

/**
 * The director's book ({@code GET /api/book} at the gateway): every account a supervisor or director may see, with
 * what each service knows of it. clients-service answers the accounts themselves (status, health, contract, last
 * interaction), creative-workflow-service their jobs and rounds, billing-service their budgets and receivables; the
 * gateway joins the three by client. Each service answers its part on the same path; who may read it (supervisors
 * for their accounts, directors for all) is in each service's role table.
 */
public final class BookPart {

    /** The path of each service's part, and of the whole book at the gateway. */
    public static final String PATH = "/api/book";

    /** Every service's part and the gateway's whole book go under one tag, described the same way everywhere. */
    public static final String TAG = "Book";

    public static final String TAG_DESCRIPTION = "Every account a supervisor or director answers for, at a glance,"
            + " joined by the gateway from every service";

    private BookPart() {
    }
}
