package org.detente.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.Numbers;
import org.detente.batch.BatchWriter;
import org.detente.batch.CompiledScenario;
import org.detente.batch.ResultsFolder;
import org.detente.batch.RunResult;
import org.detente.batch.Runs;
import org.detente.batch.ScenarioCompiler;
import org.detente.batch.TraceWriter;
import org.detente.model.EscalationLadder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code detente run}: one run, with its daily series and full signal trace. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one replication of a scenario and write its full trace.",
                "Writes its daily series (daily.csv), its signal trace (trace.csv: every signal",
                "sent, as intended and as perceived), its other events (events.csv), each",
                "adversarial pair's rung, trust and posture by day (dyads.csv), and its story:",
                "story.png/.svg (the rungs over time with the signals that moved them) and",
                "story.md (the crisis day, its cause and the turning points). --seed and",
                "--replication pick the same run as that replication of a batch with that",
                "master seed."},
        footer = {"", "Examples:",
                "  detente run scenarios/escalation.yaml",
                "  detente run scenarios/baseline.yaml --seed 20240424 --replication 17 \\",
                "      --out results/run17"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenario;

    @Mixin
    RunChoice run;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/run-<scenario>-<replication>).")
    Path out;

    @Option(names = "--force", description = "Replace the output folder if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        run.check();
        int replication = run.replication;
        long seed = run.seed;
        CompiledScenario compiled = new ScenarioCompiler().compile(scenario);
        Path folder = out != null ? out : Path.of("results", "run-" + compiled.name() + "-" + replication);
        long runSeed = Runs.replicationSeed(seed, replication);
        RunResult result;
        List<Path> inputs = new java.util.ArrayList<>(List.of(scenario));
        inputs.addAll(compiled.scenario().texts());
        try (ResultsFolder results = ResultsFolder.create(folder, force, force, inputs)) {
            org.detente.batch.Story story = new org.detente.batch.Story(compiled.scenario());
            try (TraceWriter trace = new TraceWriter(results.staging())) {
                result = Runs.run(compiled, replication, runSeed, trace.andThen(story));
            }
            writeDaily(results.staging().resolve("daily.csv"), result);
            String title = compiled.name() + ", replication " + replication + " (seed " + seed + ")";
            org.detente.chart.ChartFiles.write(org.detente.chart.StoryChart.of(story.result(), "Story of " + title),
                    results.staging(), "story");
            Files.writeString(results.staging().resolve("story.md"), story.result().markdown("Story of " + title),
                    StandardCharsets.UTF_8);
            results.commit();
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s, replication %d (run seed %d): %s%n", compiled.name(), replication, runSeed,
                result.crisis() ? "crisis on day " + result.firstCrisisDay() : "no crisis");
        o.printf(Locale.ROOT, "peak rung %d (%s), escalation score %s, %d signals, %d misperceived, "
                        + "%d inadvertent escalations%n", result.peakRung(), EscalationLadder.name(result.peakRung()),
                Numbers.format(result.escalationScore()), result.signals(), result.misperceptions(),
                result.inadvertentEscalations());
        result.votes().values().forEach(v -> o.printf(Locale.ROOT, "vote %s on day %d: %s, %d of 15 for, %s%n",
                v.id(), v.day(), v.outcome(), v.votesFor(), v.votes()));
        o.println("Story in " + folder.resolve("story.md") + " and " + folder.resolve("story.png") + "; trace in "
                + folder.resolve("trace.csv") + ", daily series in " + folder.resolve("daily.csv"));
        return Main.OK;
    }

    private static void writeDaily(Path file, RunResult result) throws java.io.IOException {
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BatchWriter.CSV)) {
            csv.print("day");
            for (DailyMetric m : DailyMetric.values()) {
                csv.print(m.key());
            }
            csv.println();
            int horizon = result.daily()[0].length;
            for (int d = 0; d < horizon; d++) {
                csv.print(d);
                for (DailyMetric m : DailyMetric.values()) {
                    csv.print(Numbers.format(result.daily()[m.ordinal()][d]));
                }
                csv.println();
            }
        }
    }
}
