package org.detente.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Morris (1991) screening from the outcomes of a Morris design: for each parameter, the
 * elementary effects EE = (y(x + step e_i) - y(x)) / step along the trajectories, summarised
 * by their mean mu, the mean of their absolute values mu* (Campolongo, Cariboni and Saltelli
 * 2007: the measure to rank parameters by) and their standard deviation sigma (interactions
 * and non-linearity).
 *
 * <p>A trajectory is k + 1 consecutive design points of which each moves one parameter by
 * {@code step} (in the unit cube). A move that leaves a parameter's value unchanged (an
 * integer or categorical parameter whose grid cell it did not leave) leaves the whole design
 * point unchanged; with common random numbers its outcome is then the same, and the effect of
 * the parameter it moved is zero.
 */
public final class ElementaryEffects {

    /**
     * The screening measures of one parameter.
     *
     * @param parameter the parameter's path
     * @param effects   how many elementary effects (one per trajectory)
     * @param mu        their mean
     * @param muStar    the mean of their absolute values
     * @param sigma     their standard deviation (n - 1; NaN for one effect)
     */
    public record Effect(String parameter, int effects, double mu, double muStar, double sigma) {
    }

    private ElementaryEffects() {
    }

    /**
     * The measures of every parameter, in the order given.
     *
     * @param parameters the design's parameters, in order
     * @param points     each design point's values by parameter, in design order
     * @param outcome    the outcome at each design point
     * @param step       the Morris step in the unit cube, levels / (2 (levels - 1))
     * @throws IllegalArgumentException if the points are not whole trajectories of one-at-a-time moves
     */
    public static List<Effect> of(List<String> parameters, List<Map<String, String>> points, double[] outcome,
                                  double step) {
        int k = parameters.size();
        if (k == 0 || points.size() != outcome.length || points.size() % (k + 1) != 0 || !(step > 0)) {
            throw new IllegalArgumentException("a Morris design of " + k + " parameters has whole trajectories of "
                    + (k + 1) + " points and a positive step; got " + points.size() + " points, " + outcome.length
                    + " outcomes, step " + step);
        }
        Map<String, List<Double>> effects = new LinkedHashMap<>();
        parameters.forEach(p -> effects.put(p, new ArrayList<>()));
        for (int start = 0; start < points.size(); start += k + 1) {
            List<String> unmoved = new ArrayList<>(parameters);
            int unchangedSteps = 0;
            for (int s = start; s < start + k; s++) {
                List<String> changed = new ArrayList<>();
                for (String p : parameters) {
                    if (!points.get(s).get(p).equals(points.get(s + 1).get(p))) {
                        changed.add(p);
                    }
                }
                if (changed.size() > 1 || (changed.size() == 1 && !unmoved.contains(changed.get(0)))) {
                    throw new IllegalArgumentException("design points " + s + " and " + (s + 1)
                            + " are not one move of a Morris trajectory (changed: " + changed + ")");
                }
                if (changed.isEmpty()) {
                    unchangedSteps++;
                } else {
                    unmoved.remove(changed.get(0));
                    effects.get(changed.get(0)).add((outcome[s + 1] - outcome[s]) / step);
                }
            }
            if (unchangedSteps != unmoved.size()) {
                throw new IllegalArgumentException("the trajectory starting at design point " + start
                        + " does not move every parameter once");
            }
            unmoved.forEach(p -> effects.get(p).add(0.0));
        }
        List<Effect> result = new ArrayList<>();
        for (String p : parameters) {
            Moments signed = new Moments();
            Moments absolute = new Moments();
            for (double e : effects.get(p)) {
                signed.add(e);
                absolute.add(Math.abs(e));
            }
            result.add(new Effect(p, (int) signed.n(), signed.mean(), absolute.mean(),
                    signed.n() > 1 ? Math.sqrt(signed.variance()) : Double.NaN));
        }
        return result;
    }
}
