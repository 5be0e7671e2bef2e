package agency.suits.clients.notification;

/** The groups of people a kind of notification goes to; {@link NotificationRouting} says which for each kind. */
enum Audience {
    /** Everyone on the account team, each under their team role. */
    WHOLE_TEAM,
    /** The team's account executives. */
    EXECUTIVES,
    /** The team's supervisors, the primary one named as such. */
    SUPERVISORS,
    /** Only the primary supervisor. */
    PRIMARY_SUPERVISOR,
    /** Whom the primary supervisor reports to; every active account director when that is nobody. */
    DIRECTOR,
    /** Every active member of finance. */
    FINANCE,
    /** Every active creative director. */
    CREATIVE_DIRECTORS,
    /** Every active traffic planner. */
    TRAFFIC,
    /** The person who raised what was decided (a payable's creator). */
    RAISER
}
