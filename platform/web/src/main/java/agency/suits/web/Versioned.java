package agency.suits.web;

/**
 * A view the API answers with its version as ETag: every record with a {@code long version} component is one by
 * saying so. Updates of it need {@code If-Match} with that ETag.
 */
public interface Versioned {

    long version();
}
