package org.detente.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.coding.CodingResult;
import org.detente.coding.StanceCoder;
import org.detente.coding.TextDocument;
import org.detente.model.ModelParameters;
import org.detente.model.ModelSetup;
import org.detente.model.SignalCatalogue;
import java.util.Optional;
import org.detente.scenario.ActorSpec;
import org.detente.scenario.Experiment;
import org.detente.scenario.ExperimentReader;
import org.detente.scenario.ScenarioPaths;
import org.detente.scenario.InputException;
import org.detente.scenario.PosteriorSample;
import org.detente.scenario.Problem;
import org.detente.scenario.Scenario;
import org.detente.scenario.ScenarioReader;
import org.detente.scenario.Stance;
import org.detente.scenario.StanceOverride;
import org.detente.scenario.TimelineEvent;

/**
 * Reads scenario files and prepares them to run: codes each scenario's texts into the
 * actors' starting stances, applies and records overrides, checks model parameters and
 * timeline signals against the model, reporting problems with file, line and field.
 */
public final class ScenarioCompiler {

    /** The master seed a design uses when neither the experiment nor the command line gives one. */
    public static final long DEFAULT_MASTER_SEED = 20240424L;

    private final StanceCoder coder = new StanceCoder();
    private final Map<String, CodingResult> codings = new java.util.HashMap<>();
    /** Coders with a user dictionary, by its file. */
    private final Map<Path, StanceCoder> userCoders = new java.util.HashMap<>();
    private final SignalCatalogue catalogue = SignalCatalogue.standard();
    /** A posterior sample every scenario compiled runs with, replacing any its file names. */
    private Optional<PosteriorSample> posterior = Optional.empty();

    /**
     * Makes every scenario compiled from now on run with {@code draws} evenly spaced rows of the
     * posterior sample in {@code file} (all rows for 0), whatever its own file says.
     *
     * @throws InputException if the file is not a valid posterior sample
     */
    public ScenarioCompiler withPosterior(Path file, int draws) throws InputException {
        PosteriorSample sample = PosteriorSample.read(file, checks());
        if (draws > sample.size()) {
            throw new InputException(new org.detente.scenario.Problem(file, 0, "--posterior-draws", "the sample has "
                    + sample.size() + " rows, fewer than the " + draws + " draws asked for"));
        }
        posterior = Optional.of(draws > 0 ? sample.spaced(draws) : sample);
        return this;
    }

    /** Reads and compiles a scenario file. */
    public CompiledScenario compile(Path file) throws InputException {
        return compile(ScenarioReader.read(file, ScenarioReader.compose(file), checks()));
    }

    /**
     * What a list of files compiles to: every scenario and design point, and the
     * replications and master seed the experiments ask for (if they agree).
     *
     * @param cells        scenarios and design points, in file then point order
     * @param replications replications an experiment sets, if any
     * @param masterSeed   master seed an experiment sets, if any
     */
    public record Compilation(List<CompiledScenario> cells, Optional<Integer> replications, Optional<Long> masterSeed) {
    }

    /** Reads and compiles several files, reporting the problems of all of them at once. */
    public List<CompiledScenario> compileAll(List<Path> files) throws InputException {
        return compileExperiments(files, Optional.empty()).cells();
    }

    /**
     * Reads and compiles several scenario or experiment files: a file with a design gives
     * one cell per design point. Problems of all files are reported at once.
     */
    public Compilation compileExperiments(List<Path> files, Optional<Long> seedOverride) throws InputException {
        List<CompiledScenario> compiled = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Optional<Integer> replications = Optional.empty();
        Optional<Long> seed = Optional.empty();
        List<String> names = new ArrayList<>();
        long[] batch = new long[2]; // design points and bytes of daily statistics of the whole batch so far
        for (Path file : files) {
            try {
                Optional<Experiment> experiment = ExperimentReader.read(file);
                if (experiment.isPresent() && experiment.get().design().isPresent()) {
                    checkSize(experiment.get(), experiment.get().design().get(), batch);
                }
                List<CompiledScenario> cells = experiment.isPresent() ? expand(experiment.get(), seedOverride, problems)
                        : List.of(compile(file));
                if (experiment.isPresent()) {
                    Experiment e = experiment.get();
                    if (e.replications().isPresent() && replications.isPresent()
                            && !e.replications().equals(replications)) {
                        problems.add(new Problem(file, 0, "replications", "differs from another experiment's "
                                + replications.get() + "; give --replications to run them together"));
                    }
                    replications = e.replications().isPresent() ? e.replications() : replications;
                    seed = e.masterSeed().isPresent() ? e.masterSeed() : seed;
                }
                if (!cells.isEmpty()) {
                    String name = cells.get(0).name();
                    if (names.contains(name)) {
                        problems.add(new Problem(file, 0, "name", "scenario name '" + name
                                + "' is used by another file of this batch; names must differ"));
                    }
                    names.add(name);
                }
                compiled.addAll(cells);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Compilation(compiled, replications, seed);
    }

    private List<CompiledScenario> expand(Experiment experiment, Optional<Long> seedOverride, List<Problem> problems)
            throws InputException {
        if (experiment.design().isEmpty()) {
            return List.of(compile(ScenarioReader.read(experiment.scenarioFile(), experiment.scenarioRoot(), checks()), 0,
                    Map.of()));
        }
        long seed = seedOverride.or(experiment::masterSeed).orElse(DEFAULT_MASTER_SEED);
        Experiment.Design design = experiment.design().get();
        List<Map<String, String>> points = Designs.points(design, seed);
        for (int point : design.dailySeries().points()) {
            if (point >= points.size()) {
                throw new InputException(new Problem(experiment.file(), 0, "design.daily_series", "point " + point
                        + " does not exist: the design has points 0 to " + (points.size() - 1)));
            }
        }
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        design.parameters().forEach(p -> roles.put(p.path(), p.role().name().toLowerCase(java.util.Locale.ROOT)));
        List<CompiledScenario> cells = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Map<String, String> values = points.get(i);
            try {
                Scenario scenario = ScenarioReader.read(experiment.scenarioFile(),
                        ScenarioPaths.apply(experiment.scenarioRoot(), values), checks());
                CompiledScenario cell = compile(scenario, i, values);
                cells.add(new CompiledScenario(cell.scenario(), cell.coding(), cell.setup(), cell.overrides(), i, values,
                        design.type().key(), roles, design.type() == Experiment.DesignType.MORRIS
                                ? Designs.morrisStep(design.levels()) : Double.NaN,
                        design.dailySeries().keeps(i, points.size())));
            } catch (InputException e) {
                for (Problem p : e.problems()) {
                    problems.add(new Problem(p.file(), p.line(), p.field(), p.message() + " (design point " + i + ": "
                            + values + ", from " + experiment.file() + ")"));
                }
                break;
            }
        }
        return cells;
    }

    /**
     * Refuses, before any point is made, a design that would take the batch (all its files
     * together, {@code batch} holding the points and bytes so far) beyond {@link Designs#MAX_POINTS}
     * points or beyond what its daily statistics can hold in the Java heap.
     */
    private void checkSize(Experiment experiment, Experiment.Design design, long[] batch) throws InputException {
        long own = Designs.size(design);
        long points = own >= Designs.MAX_POINTS ? own : own + batch[0];
        if (points > Designs.MAX_POINTS) {
            throw new InputException(new Problem(experiment.file(), 0, "design", String.format(java.util.Locale.ROOT,
                    "%,d design points is more than a batch may have (%,d); use fewer values or levels",
                    points, Designs.MAX_POINTS)));
        }
        int horizon = ScenarioReader.read(experiment.scenarioFile(), experiment.scenarioRoot(), checks()).horizonDays();
        long need = batch[1] + design.dailySeries().kept(own) * horizon * Designs.BYTES_PER_POINT_DAY
                + own * Designs.BYTES_PER_POINT;
        long heap = Runtime.getRuntime().maxMemory();
        if (need > heap / 100 * Designs.HEAP_PERCENT) {
            throw new InputException(new Problem(experiment.file(), 0, "design", String.format(java.util.Locale.ROOT,
                    "%,d points x %,d days need about %,d MB for their statistics, but Java has %,d MB: use"
                            + " fewer points, keep fewer daily series (daily_series), a shorter horizon_days,"
                            + " or give Java more memory"
                            + " (DETENTE_JAVA_OPTS=-Xmx%dg)", points, horizon, need >> 20, heap >> 20,
                    (need / Designs.HEAP_PERCENT * 100 >> 30) + 1)));
        }
        batch[0] = points;
        batch[1] = need;
    }

    /** The model's checks, made while a scenario is read: parameter ranges and signal names. */
    private ScenarioReader.DomainChecks checks() {
        return new ScenarioReader.DomainChecks() {
            @Override
            public Optional<String> parameter(String name, double value) {
                if (!ModelParameters.RANGES.containsKey(name)) {
                    return Optional.of("unknown model parameter '" + name + "' (known: "
                            + String.join(", ", ModelParameters.RANGES.keySet()) + ")");
                }
                return ModelParameters.RANGES.get(name).contains(value) ? Optional.empty()
                        : Optional.of(name + " must lie in " + ModelParameters.RANGES.get(name) + " but was " + value);
            }

            @Override
            public Optional<String> signal(String id) {
                return catalogue.find(id).isPresent() ? Optional.empty() : Optional.of("unknown signal '" + id
                        + "' (catalogue: " + String.join(", ", catalogue.types().stream().map(t -> t.id()).toList())
                        + ")");
            }
        };
    }

    /** Compiles a scenario already read. */
    public CompiledScenario compile(Scenario scenario) throws InputException {
        return compile(scenario, 0, Map.of());
    }

    private CompiledScenario compile(Scenario read, int designPoint, Map<String, String> design)
            throws InputException {
        Scenario scenario = posterior.isPresent() ? read.withPosterior(posterior) : read;
        List<Problem> problems = new ArrayList<>();
        ModelParameters parameters = ModelParameters.defaults();
        for (Map.Entry<String, Double> e : scenario.modelParameters().entrySet()) {
            try {
                parameters = parameters.with(Map.of(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(scenario.file(), scenario.parameterLines().getOrDefault(e.getKey(), 0),
                        "model." + e.getKey(), ex.getMessage()));
            }
        }
        // A scenario built in code rather than read through checks() gets the same signal check here.
        ScenarioReader.DomainChecks checks = checks();
        for (TimelineEvent event : scenario.timeline()) {
            if (event instanceof TimelineEvent.CapabilityDemonstration demo) {
                checks.signal(demo.signal()).ifPresent(why -> problems.add(new Problem(scenario.file(), event.line(),
                        "timeline." + event.id() + ".signal", why)));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line));
            throw new InputException(problems);
        }
        String codingKey = scenario.texts() + " " + new java.util.TreeMap<>(scenario.attributionWeights()) + " "
                + scenario.dictionary().map(Path::toString).orElse("");
        CodingResult coding = codings.get(codingKey);
        if (coding == null) {
            List<TextDocument> documents = new ArrayList<>();
            for (Path text : scenario.texts()) {
                documents.add(TextDocument.read(text));
            }
            StanceCoder textCoder = coder;
            if (scenario.dictionary().isPresent()) {
                Path file = scenario.dictionary().get();
                textCoder = userCoders.get(file);
                if (textCoder == null) {
                    textCoder = new StanceCoder(org.detente.coding.UserDictionary.read(file));
                    userCoders.put(file, textCoder);
                }
            }
            coding = textCoder.code(documents, scenario.attributionWeights());
            codings.put(codingKey, coding);
        }
        Map<String, Stance> stances = new LinkedHashMap<>();
        List<CompiledScenario.AppliedOverride> applied = new ArrayList<>();
        for (ActorSpec actor : scenario.actors()) {
            Stance coded = coding.stance(actor.id());
            Stance used = coded;
            for (StanceOverride o : actor.overrides()) {
                applied.add(new CompiledScenario.AppliedOverride(actor.id(), o.dimension().name(),
                        coded.value(o.dimension()), coded.confidence(o.dimension()), o.value(), o.reason()));
                used = used.with(o.dimension(), o.value());
            }
            stances.put(actor.id(), used);
        }
        return new CompiledScenario(scenario, coding, new ModelSetup(scenario, stances, parameters, catalogue), applied,
                designPoint, design, "", Map.of(), Double.NaN, true);
    }
}
