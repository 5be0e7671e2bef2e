package agency.suits.web;

/** A versioned view of something with an id of its own: what a create answers with, under its {@code Location}. */
public interface Identified extends Versioned {

    Object id();
}
