package org.detente.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads experiments: an {@code experiment:} section of a scenario file, or a separate file
 * naming its {@code scenario:} ({@code docs/experiments.md}). Reports every problem at once
 * with file, line and field.
 */
public final class ExperimentReader {

    private static final Set<String> SEPARATE = Set.of("scenario", "description", "replications", "master_seed", "design",
            "calibration");
    private static final Set<String> EMBEDDED = Set.of("replications", "master_seed", "design");
    private static final Set<String> DESIGN = Set.of("type", "points", "trajectories", "levels", "parameters", "daily_series");
    private static final Set<String> CALIBRATION = Set.of("accept", "posterior_draws", "targets");
    private static final Set<String> TARGET = Set.of("column", "equals", "observed", "why");
    private static final Set<String> PARAMETER = Set.of("path", "role", "values", "min", "max", "levels", "integer");

    private ExperimentReader() {
    }

    /**
     * Reads a file that may hold an experiment.
     *
     * @return the experiment, or empty for a plain scenario file
     * @throws InputException if the file or its experiment is malformed
     */
    public static Optional<Experiment> read(Path file) throws InputException {
        Node root = ScenarioReader.compose(file);
        if (!(root instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        boolean separate = hasKey(mapping, "scenario");
        boolean embedded = hasKey(mapping, "experiment");
        if (!separate && !embedded) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        YamlMap top = YamlMap.of(file, "", root, problems).orElseThrow();
        YamlMap section;
        Path scenarioFile;
        Node scenarioRoot;
        if (separate) {
            top.rejectUnknown(SEPARATE);
            section = top;
            Optional<String> name = top.string("scenario", true);
            if (name.isEmpty()) {
                throw new InputException(problems);
            }
            Path dir = file.getParent() != null ? file.getParent() : Path.of("");
            scenarioFile = dir.resolve(name.get()).normalize();
            try {
                scenarioRoot = ScenarioReader.compose(scenarioFile);
            } catch (InputException e) {
                problems.add(new Problem(file, top.lineOf("scenario"), "scenario",
                        "cannot read '" + name.get() + "' (paths are relative to the experiment file): "
                                + e.problems().get(0).message()));
                throw new InputException(problems);
            }
        } else {
            Optional<YamlMap> inner = top.map("experiment");
            if (inner.isEmpty()) {
                throw new InputException(problems);
            }
            section = inner.get();
            section.rejectUnknown(EMBEDDED);
            scenarioFile = file;
            scenarioRoot = root;
        }
        Optional<Integer> replications = section.integer("replications", false, 1, 10_000_000);
        Optional<Long> seed = section.string("master_seed", false).flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                section.problem("master_seed", "expected a whole number (64 bits), found '" + text + "'");
                return Optional.empty();
            }
        });
        Optional<Experiment.Design> design = section.map("design").flatMap(d -> design(file, d, scenarioRoot, problems));
        Optional<Experiment.Calibration> calibration = section.map("calibration").flatMap(c -> calibration(file, c,
                problems));
        if (calibration.isPresent() && design.isEmpty() && problems.isEmpty()) {
            section.problem("calibration", "a calibration draws its prior sample from a design: add a design");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return Optional.of(new Experiment(file, scenarioFile, scenarioRoot, replications, seed, design, calibration));
    }

    private static Optional<Experiment.Calibration> calibration(Path file, YamlMap c, List<Problem> problems) {
        c.rejectUnknown(CALIBRATION);
        double accept = c.number("accept", false, 1e-4, 1).orElse(0.1);
        int draws = c.integer("posterior_draws", false, 1, 100_000).orElse(1000);
        List<Experiment.Target> targets = new ArrayList<>();
        List<Node> items = c.list("targets", true);
        for (int i = 0; i < items.size(); i++) {
            Optional<YamlMap> entry = YamlMap.of(file, c.field("targets") + "[" + i + "]", items.get(i), problems);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMap t = entry.get();
            t.rejectUnknown(TARGET);
            Optional<String> column = t.string("column", true);
            String equals = t.string("equals", false).orElse("");
            Optional<Double> observed = t.number("observed", true, -1e9, 1e9);
            String why = t.string("why", false).orElse("");
            if (column.isPresent() && observed.isPresent()) {
                targets.add(new Experiment.Target(column.get(), equals, observed.get(), why, t.line()));
            }
        }
        if (items.isEmpty() && c.has("targets")) {
            c.problem("targets", "a calibration needs at least one target");
        }
        return targets.isEmpty() ? Optional.empty() : Optional.of(new Experiment.Calibration(accept, draws, targets));
    }

    private static boolean hasKey(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Experiment.Design> design(Path file, YamlMap d, Node scenarioRoot, List<Problem> problems) {
        d.rejectUnknown(DESIGN);
        Optional<Experiment.DesignType> type = d.choice("type", true, Experiment.DesignType::parse,
                Experiment.DesignType.keys());
        int points = 0;
        int levels = d.integer("levels", false, 2, 100).orElse(4);
        if (type.isPresent()) {
            switch (type.get()) {
                case LATIN_HYPERCUBE, SOBOL -> points = d.integer("points", true, 1, 1_000_000).orElse(0);
                case SALTELLI -> points = d.integer("points", true, 2, 100_000).orElse(0);
                case MORRIS -> points = d.integer("trajectories", true, 1, 100_000).orElse(0);
                default -> { }
            }
        }
        List<Experiment.Parameter> parameters = new ArrayList<>();
        List<Node> items = d.list("parameters", true);
        Set<String> paths = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<YamlMap> entry = YamlMap.of(file, d.field("parameters") + "[" + i + "]", items.get(i), problems);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMap p = entry.get();
            p.rejectUnknown(PARAMETER);
            Optional<String> path = p.string("path", true);
            path.ifPresent(text -> ScenarioPaths.check(scenarioRoot, text).ifPresent(why -> p.problem("path", why)));
            path.filter(text -> !paths.add(text)).ifPresent(text -> p.problem("path", "'" + text + "' is varied twice"));
            Experiment.Role role = p.choice("role", false,
                    r -> r.equals("policy") ? Optional.of(Experiment.Role.POLICY)
                            : r.equals("uncertainty") ? Optional.of(Experiment.Role.UNCERTAINTY) : Optional.empty(),
                    "policy, uncertainty").orElse(Experiment.Role.UNCERTAINTY);
            List<String> values = p.has("values") ? p.strings("values", true) : List.of();
            boolean integer = p.bool("integer").orElse(false);
            double min = 0;
            double max = 0;
            int parameterLevels = 0;
            if (values.isEmpty()) {
                Optional<Double> lo = p.number("min", true, -1e9, 1e9);
                Optional<Double> hi = p.number("max", true, -1e9, 1e9);
                if (lo.isPresent() && hi.isPresent() && lo.get() > hi.get()) {
                    p.problem("max", "max " + hi.get() + " is below min " + lo.get());
                }
                min = lo.orElse(0.0);
                max = hi.orElse(0.0);
                if (type.orElse(null) == Experiment.DesignType.FULL_FACTORIAL) {
                    parameterLevels = p.integer("levels", true, 1, 10_000).orElse(1);
                }
            } else if (p.has("min") || p.has("max")) {
                p.problem("values", "give either values or min and max, not both");
            }
            if (path.isPresent()) {
                parameters.add(new Experiment.Parameter(path.get(), role, values, min, max, parameterLevels, integer,
                        p.line()));
            }
        }
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Experiment.Design(type.get(), points, levels, parameters, dailySeries(d)));
    }

    /** {@code daily_series}: {@code all}, {@code none}, or a list of design point numbers. */
    private static Experiment.DailySeries dailySeries(YamlMap d) {
        if (!d.has("daily_series")) {
            return Experiment.DailySeries.DEFAULT;
        }
        if (d.isScalar("daily_series")) {
            String value = d.string("daily_series", true).orElse("");
            return switch (value) {
                case "all" -> new Experiment.DailySeries(true, List.of(), true);
                case "none" -> new Experiment.DailySeries(false, List.of(), true);
                default -> {
                    d.problem("daily_series", "expected all, none or a list of design point numbers, found '"
                            + value + "'");
                    yield Experiment.DailySeries.DEFAULT;
                }
            };
        }
        List<Integer> points = new ArrayList<>();
        for (String text : d.strings("daily_series", true)) {
            try {
                int point = Integer.parseInt(text.strip());
                if (point < 0) {
                    throw new NumberFormatException();
                }
                points.add(point);
            } catch (NumberFormatException e) {
                d.problem("daily_series", "expected design point numbers (0, 1, 2, ...), found '" + text + "'");
            }
        }
        return new Experiment.DailySeries(false, points, true);
    }
}
