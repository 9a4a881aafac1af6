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
 */
public record Experiment(Path file, Path scenarioFile, Node scenarioRoot, Optional<Integer> replications,
                         Optional<Long> masterSeed, Optional<Design> design) {

    public Experiment {
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
        MORRIS("morris");

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
     */
    public record Design(DesignType type, int points, int levels, List<Parameter> parameters) {
        public Design {
            parameters = List.copyOf(parameters);
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
