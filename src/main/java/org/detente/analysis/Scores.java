package org.detente.analysis;

/**
 * Proper scores of probabilistic forecasts (Gneiting and Raftery 2007), and the probability
 * integral transform of a count.
 *
 * <ul>
 *   <li>Brier score (Brier 1950), over all K categories of a quantity:
 *       sum_k (p_k - o_k)^2, where o_k is 1 for the category observed and 0 otherwise;
 *       0 is a perfect forecast, and for a yes/no event it is twice the familiar (p - o)^2.</li>
 *   <li>Log score: ln p_observed, the log of the probability given to what happened; 0 is a
 *       perfect forecast, and every halving of that probability costs ln 2 = 0.69.</li>
 * </ul>
 */
public final class Scores {

    private Scores() {
    }

    /**
     * The Brier score of a forecast over K categories, given the probability of the observed
     * category and the sum of the squared probabilities of all categories.
     */
    public static double brier(double pObserved, double sumOfSquares) {
        return 1.0 - 2.0 * pObserved + sumOfSquares;
    }

    /** The log score of the probability given to what happened. */
    public static double log(double pObserved) {
        return Math.log(pObserved);
    }

    /**
     * The randomised probability integral transform of an observed count y under a predictive
     * distribution F (Czado, Gneiting and Held 2009): F(y - 1) + v (F(y) - F(y - 1)), with v a
     * uniform number; uniform on [0, 1] when the forecast is calibrated.
     *
     * @param below P(X < y)
     * @param at    P(X = y)
     * @param v     a uniform number in [0, 1)
     */
    public static double pit(double below, double at, double v) {
        return below + v * at;
    }
}
