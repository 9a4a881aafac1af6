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
import org.detente.scenario.ActorSpec;
import org.detente.scenario.InputException;
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

    private final StanceCoder coder = new StanceCoder();
    private final SignalCatalogue catalogue = SignalCatalogue.standard();

    /** Reads and compiles a scenario file. */
    public CompiledScenario compile(Path file) throws InputException {
        return compile(ScenarioReader.read(file));
    }

    /** Reads and compiles several files, reporting the problems of all of them at once. */
    public List<CompiledScenario> compileAll(List<Path> files) throws InputException {
        List<CompiledScenario> compiled = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                compiled.add(compile(file));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        for (int i = 0; i < compiled.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (compiled.get(i).name().equals(compiled.get(j).name())) {
                    throw new InputException(new Problem(files.get(i), 0, "name", "scenario name '"
                            + compiled.get(i).name() + "' is also used by " + files.get(j) + "; names must differ"));
                }
            }
        }
        return compiled;
    }

    /** Compiles a scenario already read. */
    public CompiledScenario compile(Scenario scenario) throws InputException {
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
        for (TimelineEvent event : scenario.timeline()) {
            if (event instanceof TimelineEvent.CapabilityDemonstration demo && catalogue.find(demo.signal()).isEmpty()) {
                problems.add(new Problem(scenario.file(), event.line(), "timeline." + event.id() + ".signal",
                        "unknown signal '" + demo.signal() + "' (catalogue: "
                                + String.join(", ", catalogue.types().stream().map(t -> t.id()).toList()) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line));
            throw new InputException(problems);
        }
        List<TextDocument> documents = new ArrayList<>();
        for (Path text : scenario.texts()) {
            documents.add(TextDocument.read(text));
        }
        CodingResult coding = coder.code(documents);
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
        return new CompiledScenario(scenario, coding, new ModelSetup(scenario, stances, parameters, catalogue), applied);
    }
}
