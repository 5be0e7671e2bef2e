package agency.suits.creative.job;

/**
 * Round limits: rounds are numbered from 1 and a round numbered above the rounds the contract includes is out of
 * scope (billing raises a change order for it). This is the reading of RevisionLimitExceeded (round > included).
 */
public final class RoundRules {

    private RoundRules() {
    }

    public static boolean outOfScope(int round, int includedRounds) {
        if (round < 1) {
            throw new IllegalArgumentException("rounds are numbered from 1");
        }
        if (includedRounds < 0) {
            throw new IllegalArgumentException("included rounds cannot be negative");
        }
        return round > includedRounds;
    }
}
