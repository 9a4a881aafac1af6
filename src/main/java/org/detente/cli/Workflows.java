package org.detente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.RunSummary;
import org.detente.analysis.TimeseriesSummary;
import org.detente.batch.BatchPlan;
import org.detente.batch.BatchResults;
import org.detente.batch.BatchRunner;
import org.detente.batch.BatchWriter;
import org.detente.batch.CompiledScenario;
import org.detente.batch.ResultsFolder;
import org.detente.batch.ScenarioCompiler;
import org.detente.chart.ChartFiles;
import org.detente.chart.ComparisonCharts;
import org.detente.report.Report;
import org.detente.scenario.InputException;

/** The work behind {@code batch}, {@code compare} and {@code demo}, shared between them. */
final class Workflows {

    /** The master seed used when none is given. */
    static final long DEFAULT_SEED = ScenarioCompiler.DEFAULT_MASTER_SEED;
    /** Replications per scenario and design point when neither the command line nor an experiment says. */
    static final int DEFAULT_REPLICATIONS = 1000;

    private Workflows() {
    }

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Compiles the scenarios, runs the batch and writes its folder; returns the outcomes. */
    static List<RunSummary> batch(List<Path> files, Integer replicationsOption, Long seedOption, int threads, Path out,
                                  boolean force, boolean quiet, PrintWriter err) throws Exception {
        return batch(files, replicationsOption, seedOption, threads, out, force, force, false, quiet, err);
    }

    /**
     * Compiles the scenarios, runs the batch (or resumes an interrupted one) and writes its
     * folder; returns the outcomes.
     */
    static List<RunSummary> batch(List<Path> files, Integer replicationsOption, Long seedOption, int threads, Path out,
                                  boolean force, boolean discardPartial, boolean resume, boolean quiet,
                                  PrintWriter err) throws Exception {
        ScenarioCompiler.Compilation compilation = new ScenarioCompiler().compileExperiments(files,
                java.util.Optional.ofNullable(seedOption));
        List<CompiledScenario> scenarios = compilation.cells();
        int replications = replicationsOption != null ? replicationsOption
                : compilation.replications().orElse(DEFAULT_REPLICATIONS);
        long seed = seedOption != null ? seedOption : compilation.masterSeed().orElse(DEFAULT_SEED);
        BatchPlan plan = new BatchPlan(scenarios, replications, seed, threads);
        try (ResultsFolder folder = resume ? ResultsFolder.resume(out) : ResultsFolder.create(out, force, discardPartial)) {
            List<RunSummary> summaries;
            try (BatchWriter writer = resume ? BatchWriter.resume(folder.staging(), plan)
                    : new BatchWriter(folder.staging(), plan)) {
                if (!quiet) {
                    err.printf("batch: %d scenario(s) and design point(s) x %,d replications = %,d runs on %d thread(s),"
                            + " master seed %d%s%n", scenarios.size(), replications, plan.totalRuns(), threads, seed,
                            resume ? String.format(java.util.Locale.ROOT, "; resuming after %,d finished runs",
                                    writer.finishedRuns()) : "");
                }
                BatchRunner.run(plan, writer.finishedRuns(), writer, ProgressLine.of(err, quiet));
                writer.finish(VersionProvider.version());
                summaries = writer.summaries();
            }
            folder.commit();
            return summaries;
        }
    }

    /**
     * Reads results folders and writes the comparison charts and report into {@code out}
     * ({@code charts/} and {@code report.html}).
     *
     * @return the outcomes compared
     */
    static List<RunSummary> compare(List<Path> folders, Path out) throws InputException, IOException {
        TimeseriesSummary timeseries = new TimeseriesSummary(List.of());
        List<RunSummary> outcomes = new ArrayList<>();
        List<Report.Compared> compared = new ArrayList<>();
        List<String> manifests = new ArrayList<>();
        for (Path folder : folders) {
            BatchResults results = BatchResults.read(folder);
            for (String name : results.timeseries().scenarios()) {
                if (timeseries.scenarios().contains(name)) {
                    throw new InputException(new org.detente.scenario.Problem(folder, 0, "scenario",
                            "scenario '" + name + "' appears in more than one results folder; compare distinct scenarios"));
                }
            }
            timeseries = timeseries.concat(results.timeseries());
            outcomes.addAll(results.outcomes());
            results.manifest().path("scenarios").forEach(s -> compared.add(new Report.Compared(
                    s.path("name").asText(), s.path("description").asText(), folder.toString())));
            manifests.add(Files.readString(folder.resolve("manifest.json"), StandardCharsets.UTF_8));
        }
        Path charts = out.resolve("charts");
        Files.createDirectories(charts);
        List<Report.Figure> figures = new ArrayList<>();
        ChartFiles.write(ComparisonCharts.crisisProbability(timeseries), charts, "crisis_probability");
        figures.add(new Report.Figure("Probability of a crisis by day t", charts.resolve("crisis_probability.png")));
        ChartFiles.write(ComparisonCharts.mean(timeseries, DailyMetric.RUNG), charts, "mean_rung");
        figures.add(new Report.Figure("Mean highest ladder rung over time", charts.resolve("mean_rung.png")));
        ChartFiles.write(ComparisonCharts.mean(timeseries, DailyMetric.ESCALATION_SCORE), charts, "escalation_score");
        figures.add(new Report.Figure("Mean cumulative escalation score", charts.resolve("escalation_score.png")));
        ChartFiles.write(ComparisonCharts.mean(timeseries, DailyMetric.TRUST), charts, "trust");
        figures.add(new Report.Figure("Mean trust between adversaries", charts.resolve("trust.png")));
        Report.write(out.resolve("report.html"), compared, outcomes, figures, manifests);
        return outcomes;
    }
}
