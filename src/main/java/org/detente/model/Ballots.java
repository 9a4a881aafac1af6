package org.detente.model;

/**
 * The arithmetic of one ballot: a member's probabilities of voting for, abstaining and
 * voting against, and a draw among them from one uniform value.
 */
final class Ballots {

    static final int FOR = 0;
    static final int ABSTAIN = 1;
    static final int AGAINST = 2;
    /** The ballots as the vote records name them, by index. */
    static final String[] NAMES = {"for", "abstain", "against"};

    private Ballots() {
    }

    /** The index of a ballot's name. */
    static int index(String ballot) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(ballot)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown ballot '" + ballot + "'");
    }

    /**
     * A member's probabilities (for, abstain, against): its recorded propensity with the odds
     * of for over abstaining multiplied by {@code exp(beta shift)} and those of against by
     * {@code exp(-beta shift)}; {@code shift} is the member's support for the sponsor in this
     * run minus one half.
     */
    static double[] probabilities(VoteBaseRates.Propensity base, double shift, double beta) {
        double f = base.pFor() * StrictMath.exp(beta * shift);
        double a = base.pAbstain();
        double n = base.pAgainst() * StrictMath.exp(-beta * shift);
        double total = f + a + n;
        return new double[] {f / total, a / total, n / total};
    }

    /** The ballot a uniform value in [0,1) picks. */
    static int draw(double[] probabilities, double u) {
        if (u < probabilities[FOR]) {
            return FOR;
        }
        return u < probabilities[FOR] + probabilities[ABSTAIN] ? ABSTAIN : AGAINST;
    }
}
