package org.detente.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * An experiment: a scenario and how to run it (replications, master seed) over a design of
 * parameter values. Written either as an {@code experiment:} section of a scenario file or
 * as a separate file naming its {@code scenario:} ({@code docs/experiments.md}).
 *
 * @param file          the file the experiment was read from
 * @param scenarioFile  the scenario file
 * @param scenarioRoot  the scenario's YAML tree, to which design points are applied
 * @param replications  replications per design point, if the experiment sets them
 * @param masterSeed    the master seed, if the experiment sets it
 * @param design        the design, if any (else one point: the scenario as written)
 * @param calibration   what {@code detente calibrate} fits the design's parameters to, if anything
 */
public record Experiment(Path file, Path scenarioFile, Node scenarioRoot, Optional<Integer> replications,
                         Optional<Long> masterSeed, Optional<Design> design, Optional<Calibration> calibration) {

    /** An experiment without a calibration section. */
    public Experiment(Path file, Path scenarioFile, Node scenarioRoot, Optional<Integer> replications,
                      Optional<Long> masterSeed, Optional<Design> design) {
        this(file, scenarioFile, scenarioRoot, replications, masterSeed, design, Optional.empty());
    }

    /**
     * What a calibration fits (approximate Bayesian computation, {@code docs/calibration.md}):
     * the design's points are draws from the prior, each run for the experiment's replications;
     * each point's summary statistics are compared with the observed ones.
     *
     * @param accept    the share of prior draws accepted (nearest to the observations)
     * @param draws     rows of the posterior sample written ({@code posterior.csv})
     * @param targets   the summary statistics and their observed values
     */
    public record Calibration(double accept, int draws, List<Target> targets) {
        public Calibration {
            targets = List.copyOf(targets);
        }
    }

    /**
     * A summary statistic of a design point's runs and its observed value.
     *
     * @param column   a {@code runs.csv} column
     * @param equals   with a value: the share of runs whose column equals it; empty: the column's mean
     * @param observed the observed value
     * @param why      where the observed value comes from
     * @param line     the target's line in the experiment file
     */
    public record Target(String column, String equals, double observed, String why, int line) {

        /** The statistic's name: {@code column} or {@code column=value}. */
        public String name() {
            return equals.isEmpty() ? column : column + "=" + equals;
        }
    }

    public Experiment {
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(scenarioRoot, "scenarioRoot");
    }

    /** The kinds of design. */
    public enum DesignType {
        /** Every combination of every parameter's values. */
        FULL_FACTORIAL("full-factorial"),
        /** Latin hypercube: each parameter's range cut into {@code points} strata, each used once. */
        LATIN_HYPERCUBE("latin-hypercube"),
        /** Sobol low-discrepancy sequence (Commons Math), skipping its first point (the origin). */
        SOBOL("sobol"),
        /** Morris one-at-a-time trajectories for elementary effects (Morris 1991). */
        MORRIS("morris"),
        /**
         * Saltelli's design for Sobol indices (Saltelli et al. 2010): {@code points} base rows,
         * each giving k + 2 design points (A, B and A with one column from B).
         */
        SALTELLI("saltelli");

        private final String key;

        DesignType(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<DesignType> parse(String key) {
            return Keys.parse(values(), DesignType::key, key);
        }

        public static String keys() {
            return Keys.list(values(), DesignType::key);
        }
    }

    /** Whether a parameter is a lever a government controls or an uncertainty about the world (EMA Workbench). */
    public enum Role {
        POLICY, UNCERTAINTY
    }

    /**
     * A design.
     *
     * @param type       the kind of design
     * @param points     points to draw (Latin hypercube, Sobol) or trajectories (Morris); unused for full factorial
     * @param levels     grid levels of a Morris design
     * @param parameters the parameters varied
     * @param dailySeries which design points keep their daily series ({@code timeseries.csv}, fan
     *                   charts); every point keeps its per-run outcomes
     */
    public record Design(DesignType type, int points, int levels, List<Parameter> parameters,
                         DailySeries dailySeries) {
        public Design {
            parameters = List.copyOf(parameters);
            java.util.Objects.requireNonNull(dailySeries, "dailySeries");
        }

        public Design(DesignType type, int points, int levels, List<Parameter> parameters) {
            this(type, points, levels, parameters, DailySeries.DEFAULT);
        }
    }

    /**
     * Which design points keep daily statistics. Daily statistics cost about 9.5 kB a point a
     * day (3.45 MB a point over 365 days), per-run outcomes a few hundred bytes a point, so by
     * default only a small design (at most {@link #SMALL_DESIGN} points) keeps them all and a
     * larger one keeps none; {@code daily_series: all} or a list of point numbers asks for them.
     *
     * @param all    every point keeps them
     * @param points the points that keep them, when not {@code all} (empty: the default rule)
     * @param given  whether the experiment said (else the default rule applies)
     */
    public record DailySeries(boolean all, List<Integer> points, boolean given) {

        /** The most points a design may have for all of them to keep daily series by default. */
        public static final int SMALL_DESIGN = 32;

        /** The default: all points of a small design, none of a larger one. */
        public static final DailySeries DEFAULT = new DailySeries(false, List.of(), false);

        public DailySeries {
            points = List.copyOf(points);
        }

        /** Whether point {@code point} of a design of {@code size} points keeps its daily series. */
        public boolean keeps(int point, long size) {
            if (!given) {
                return size <= SMALL_DESIGN;
            }
            return all || points.contains(point);
        }

        /** How many of a design's {@code size} points keep their daily series. */
        public long kept(long size) {
            if (!given) {
                return size <= SMALL_DESIGN ? size : 0;
            }
            return all ? size : points.stream().filter(p -> p < size).distinct().count();
        }
    }

    /**
     * A parameter of a design: a scenario field by path, and its values or range.
     *
     * @param path    dotted path into the scenario ({@code channels.dialogue.capacity_per_month},
     *                {@code model.noise_scale}, {@code actors.USA.strategy}); list items by their id
     * @param role    policy or uncertainty
     * @param values  explicit values (categorical or numeric); empty when a range is given
     * @param min     lower end of a numeric range
     * @param max     upper end of a numeric range
     * @param levels  levels of the range in a full-factorial design
     * @param integer whether values are whole numbers
     * @param line    the line of the parameter in the experiment file
     */
    public record Parameter(String path, Role role, List<String> values, double min, double max, int levels,
                            boolean integer, int line) {
        public Parameter {
            values = List.copyOf(values);
        }

        /** Whether the parameter is a numeric range rather than a list of values. */
        public boolean isRange() {
            return values.isEmpty();
        }

        /** The value at a position u in [0,1] of the parameter's range or list. */
        public String valueAt(double u) {
            if (!isRange()) {
                int i = Math.min(values.size() - 1, (int) Math.floor(u * values.size()));
                return values.get(i);
            }
            double x = min + u * (max - min);
            return integer ? Long.toString(Math.round(x)) : formatNumber(x);
        }

        /** The values of a full-factorial design: the list, or {@code levels} evenly spaced over the range. */
        public List<String> factorialValues() {
            if (!isRange()) {
                return values;
            }
            return java.util.stream.IntStream.range(0, levels)
                    .mapToObj(i -> valueAt(levels == 1 ? 0.5 : (double) i / (levels - 1))).toList();
        }

        private static String formatNumber(double x) {
            java.math.BigDecimal d = new java.math.BigDecimal(x).setScale(6, java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
    }
}
