package org.detente.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each policy lever of a two-level full factorial buys in crisis probability: the
 * one-factor decomposition of the difference between its two corners.
 *
 * <p>Every lever has a first level (its value at design point 0, the corner A) and a second
 * (its value at the last point, the corner B); in the shipped {@code scenarios/levers.yaml}
 * A is dialogue and B escalation. For each lever the decomposition gives
 * <ul>
 *   <li>{@code alone}: P(crisis) at B minus P(crisis) at B with only this lever at its first
 *       level: what switching the lever alone buys, starting from B;</li>
 *   <li>{@code main effect}: the same difference averaged over every setting of the other
 *       levers (the factorial main effect, Box, Hunter and Hunter 2005, ch. 5);</li>
 * </ul>
 * and for the design, the whole difference B minus A and the part of it the levers alone do
 * not add up to (interactions). All points share their replications' seeds (common random
 * numbers), so each difference is a mean of paired run differences, with a Student t 95%
 * interval over the replications.
 */
public final class LeverEffects {

    /**
     * One row of the decomposition.
     *
     * @param lever  the lever's parameter path, or empty for a row about the whole design
     * @param kind   {@code alone}, {@code main effect}, {@code total} or {@code interactions}
     * @param from   the lever's level at corner B (empty for a design row)
     * @param to     the level it is switched to (its level at corner A)
     * @param value  the difference in P(crisis), B minus the switched point
     * @param ci     95% interval over the replications
     * @param pairs  replications it rests on
     */
    public record Effect(String lever, String kind, String from, String to, double value, Intervals.Interval ci,
                         long pairs) {
    }

    private LeverEffects() {
    }

    /**
     * The decomposition of one factorial design.
     *
     * @param points the design's points in order, each a map from lever path to level
     * @param runs   for each point (same order), its runs
     * @throws IllegalArgumentException if the points are not a complete two-level factorial
     *                                  whose points share their replications
     */
    public static List<Effect> of(List<Map<String, String>> points, List<List<RunOutcome>> runs) {
        if (points.size() < 2 || points.size() != runs.size()) {
            throw new IllegalArgumentException("a factorial needs at least two points, each with its runs");
        }
        List<String> levers = new ArrayList<>(points.get(0).keySet());
        Map<String, String> first = points.get(0);
        Map<String, String> second = points.get(points.size() - 1);
        Map<Map<String, String>, double[]> crisis = new HashMap<>();
        int replications = runs.get(0).size();
        for (int i = 0; i < points.size(); i++) {
            crisis.put(points.get(i), byReplication(runs.get(i), replications));
        }
        if (points.size() != 1 << levers.size() || crisis.size() != points.size()) {
            throw new IllegalArgumentException("the design is not a complete two-level factorial of "
                    + levers.size() + " levers (" + points.size() + " points)");
        }
        List<Effect> effects = new ArrayList<>();
        double[] cornerB = crisis.get(second);
        double[] total = difference(cornerB, require(crisis, first));
        double[] rest = total.clone(); // the total minus every lever's effect alone: the interactions
        for (String lever : levers) {
            double[] alone = difference(cornerB, require(crisis, with(second, lever, first.get(lever))));
            effects.add(effect(lever, "alone", second.get(lever), first.get(lever), alone));
            for (int r = 0; r < replications; r++) {
                rest[r] -= alone[r];
            }
        }
        for (String lever : levers) {
            double[] sum = new double[replications];
            int pairs = 0;
            for (Map<String, String> point : points) {
                if (point.get(lever).equals(second.get(lever))) {
                    double[] at = crisis.get(point);
                    double[] switched = require(crisis, with(point, lever, first.get(lever)));
                    for (int r = 0; r < replications; r++) {
                        sum[r] += at[r] - switched[r];
                    }
                    pairs++;
                }
            }
            for (int r = 0; r < replications; r++) {
                sum[r] /= pairs;
            }
            effects.add(effect(lever, "main effect", second.get(lever), first.get(lever), sum));
        }
        effects.add(effect("", "total", "", "", total));
        effects.add(effect("", "interactions", "", "", rest));
        return effects;
    }

    private static double[] byReplication(List<RunOutcome> runs, int replications) {
        double[] crisis = new double[replications];
        boolean[] seen = new boolean[replications];
        for (RunOutcome r : runs) {
            if (r.replication() < 0 || r.replication() >= replications || seen[r.replication()]) {
                throw new IllegalArgumentException("the design points do not share replications 0.." + (replications - 1));
            }
            seen[r.replication()] = true;
            crisis[r.replication()] = r.firstCrisisDay() >= 0 ? 1 : 0;
        }
        if (runs.size() != replications) {
            throw new IllegalArgumentException("the design points do not have the same replications");
        }
        return crisis;
    }

    private static Map<String, String> with(Map<String, String> point, String lever, String level) {
        Map<String, String> copy = new LinkedHashMap<>(point);
        copy.put(lever, level);
        return copy;
    }

    private static double[] require(Map<Map<String, String>, double[]> crisis, Map<String, String> point) {
        double[] found = crisis.get(point);
        if (found == null) {
            throw new IllegalArgumentException("the design has no point " + point
                    + " (each lever must take exactly two values)");
        }
        return found;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] - b[r];
        }
        return d;
    }

    private static Effect effect(String lever, String kind, String from, String to, double[] paired) {
        Moments m = new Moments();
        for (double d : paired) {
            m.add(d);
        }
        return new Effect(lever, kind, from, to, m.mean(), Intervals.mean(m.mean(), m.sd(), m.n(), Intervals.LEVEL),
                m.n());
    }
}
