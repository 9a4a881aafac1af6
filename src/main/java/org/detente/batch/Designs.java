package org.detente.batch;

import org.detente.model.RandomStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.detente.model.RandomStreams;
import org.detente.scenario.Experiment;

/**
 * The points of an experiment's design, each a map from parameter path to value. Sampled
 * designs draw from the design stream of the master seed, {@code RandomStreams.child(seed, -1)},
 * which no replication uses, so the design is fixed by the master seed alone.
 */
public final class Designs {

    /** The child index of the design stream (replications use 0, 1, 2, ...). */
    public static final long DESIGN_STREAM = -1;

    private Designs() {
    }

    /** The most design points one batch may have. */
    public static final long MAX_POINTS = 100_000;
    /**
     * Memory a design point holds per simulated day while a batch runs and finishes: its daily
     * statistics, 3.45 MB for 365 days (9.5 kB a day), and their summary rows. Bracketed by
     * measurement on a 6 GB heap: 1,000 points of 365 days finished (under 16 kB a point-day),
     * 2,700 did not (over 6 kB); 12 kB keeps the first and refuses the second.
     */
    public static final long BYTES_PER_POINT_DAY = 12_000;
    /**
     * Memory every design point holds whether or not it keeps daily series: its scenario and
     * model setup, its values and its outcome statistics (measured: under 20 kB; see
     * {@code docs/performance.md}).
     */
    public static final long BYTES_PER_POINT = 20_000;
    /** The share of the Java heap a batch's daily statistics may fill (in percent). */
    public static final long HEAP_PERCENT = 85;

    /** How many points the design has, computed without making them (saturating at Long.MAX_VALUE). */
    public static long size(Experiment.Design design) {
        return switch (design.type()) {
            case FULL_FACTORIAL -> {
                long n = 1;
                for (Experiment.Parameter p : design.parameters()) {
                    try {
                        n = Math.multiplyExact(n, (long) p.factorialValues().size());
                    } catch (ArithmeticException overflow) {
                        yield Long.MAX_VALUE;
                    }
                }
                yield n;
            }
            case MORRIS -> (long) design.points() * (design.parameters().size() + 1);
            case SALTELLI -> (long) design.points() * (design.parameters().size() + 2);
            default -> design.points();
        };
    }

    /** The design's points, in a fixed order. */
    public static List<Map<String, String>> points(Experiment.Design design, long masterSeed) {
        List<Experiment.Parameter> parameters = design.parameters();
        RandomStream random = RandomStreams.generator(RandomStreams.child(masterSeed, DESIGN_STREAM));
        List<double[]> unit = new ArrayList<>();
        List<Map<String, String>> points = new ArrayList<>();
        switch (design.type()) {
            case FULL_FACTORIAL -> {
                points.add(new LinkedHashMap<>());
                for (Experiment.Parameter p : parameters) {
                    List<Map<String, String>> next = new ArrayList<>();
                    for (Map<String, String> point : points) {
                        for (String value : p.factorialValues()) {
                            Map<String, String> extended = new LinkedHashMap<>(point);
                            extended.put(p.path(), value);
                            next.add(extended);
                        }
                    }
                    points = next;
                }
                return points;
            }
            case LATIN_HYPERCUBE -> {
                int n = design.points();
                for (int i = 0; i < n; i++) {
                    unit.add(new double[parameters.size()]);
                }
                for (int j = 0; j < parameters.size(); j++) {
                    int[] strata = permutation(n, random);
                    for (int i = 0; i < n; i++) {
                        unit.get(i)[j] = (strata[i] + random.nextDouble()) / n;
                    }
                }
            }
            case SOBOL -> {
                SobolSequenceGenerator sobol = new SobolSequenceGenerator(parameters.size());
                sobol.nextVector(); // the first point is the origin
                for (int i = 0; i < design.points(); i++) {
                    unit.add(sobol.nextVector());
                }
            }
            case MORRIS -> unit.addAll(morris(parameters.size(), design.points(), design.levels(), random));
            case SALTELLI -> unit.addAll(org.detente.analysis.SobolIndices.saltelliDesign(parameters.size(),
                    design.points()));
            default -> throw new IllegalStateException("unknown design " + design.type());
        }
        for (double[] u : unit) {
            Map<String, String> point = new LinkedHashMap<>();
            for (int j = 0; j < parameters.size(); j++) {
                point.put(parameters.get(j).path(), parameters.get(j).valueAt(Math.min(u[j], Math.nextDown(1.0))));
            }
            points.add(point);
        }
        return points;
    }

    private static int[] permutation(int n, RandomStream random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** The step of Morris trajectories on a grid of {@code levels} levels: levels / (2 (levels - 1)). */
    public static double morrisStep(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * Morris (1991) trajectories on a grid of {@code levels} levels: each starts at a random
     * grid point in [0, 1 - delta] and moves one parameter at a time, in random order, by
     * delta = {@link #morrisStep(int)}; k + 1 points per trajectory.
     */
    static List<double[]> morris(int k, int trajectories, int levels, RandomStream random) {
        double delta = morrisStep(levels);
        int baseLevels = levels / 2;
        List<double[]> points = new ArrayList<>();
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int j = 0; j < k; j++) {
                x[j] = random.nextInt(baseLevels) / (double) (levels - 1);
            }
            points.add(x.clone());
            for (int j : permutation(k, random)) {
                x[j] += delta;
                points.add(x.clone());
            }
        }
        return points;
    }
}
