package org.detente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.detente.analysis.Comparisons;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.ElementaryEffects;
import org.detente.analysis.LeverEffects;
import org.detente.analysis.RunOutcome;
import org.detente.analysis.Survival;
import org.detente.analysis.RunSummary;
import org.detente.analysis.TimeseriesSummary;
import org.detente.batch.BatchPlan;
import org.detente.batch.BatchResults;
import org.detente.batch.BatchRunner;
import org.detente.batch.BatchWriter;
import org.detente.batch.CompiledScenario;
import org.detente.batch.ComparisonOutput;
import org.detente.batch.ResultsFolder;
import org.detente.batch.ScenarioCompiler;
import org.detente.chart.ChartFiles;
import org.detente.chart.ComparisonCharts;
import org.detente.chart.DifferenceChart;
import org.detente.chart.DistributionChart;
import org.detente.chart.FanChart;
import org.detente.chart.Heatmap;
import org.detente.chart.MorrisChart;
import org.detente.chart.SignalMixChart;
import org.detente.chart.ChartContext;
import org.detente.chart.HazardChart;
import org.detente.chart.Palette;
import org.detente.chart.PeakRungChart;
import org.detente.chart.TimeAxis;
import org.detente.report.Html;
import org.detente.report.Report;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/** The work behind {@code batch}, {@code compare} and {@code demo}, shared between them. */
final class Workflows {

    /** The master seed used when none is given. */
    static final long DEFAULT_SEED = ScenarioCompiler.DEFAULT_MASTER_SEED;
    /** Replications per scenario and design point when neither the command line nor an experiment says. */
    static final int DEFAULT_REPLICATIONS = 1000;
    /** Runs of a hindcast unless -n says otherwise. */
    static final int DEFAULT_HINDCAST_RUNS = 2000;

    private Workflows() {
    }

    /**
     * The folder of the shipped scenarios: {@code ./scenarios} if it holds them, else the
     * scenarios of the Détente installation the launcher names in {@code DETENTE_HOME}.
     */
    static Path shippedScenarios() throws UsageException {
        Path local = Path.of("scenarios");
        if (Files.isRegularFile(local.resolve("baseline.yaml"))) {
            return local;
        }
        String home = System.getenv("DETENTE_HOME");
        if (home != null && Files.isRegularFile(Path.of(home, "scenarios", "baseline.yaml"))) {
            return Path.of(home, "scenarios");
        }
        throw new UsageException("cannot find the shipped scenarios (baseline.yaml, ...) in ./scenarios;"
                + " run from the Détente folder or give the scenario files");
    }

    /**
     * Compiles the scenarios, runs the batch (or resumes an interrupted one) and writes its
     * folder; returns the outcomes.
     */
    static List<RunSummary> batch(List<Path> files, Integer replicationsOption, Long seedOption, int threads, Path out,
                                  boolean force, boolean discardPartial, boolean resume, boolean quiet,
                                  PrintWriter err) throws Exception {
        return batch(files, replicationsOption, seedOption, threads, out, force, discardPartial, resume, quiet, err,
                (plan, folder) -> { });
    }

    /** What more to write into a finished batch's folder before it is committed. */
    @FunctionalInterface
    interface AfterBatch {
        /** Checks the plan before anything is written or run (a calibration's targets, say). */
        default void check(BatchPlan plan) throws InputException {
        }

        void write(BatchPlan plan, Path staging) throws Exception;
    }

    /** As {@link #batch(List, Integer, Long, int, Path, boolean, boolean, boolean, boolean, PrintWriter)}, then {@code after}. */
    static List<RunSummary> batch(List<Path> files, Integer replicationsOption, Long seedOption, int threads, Path out,
                                  boolean force, boolean discardPartial, boolean resume, boolean quiet,
                                  PrintWriter err, AfterBatch after) throws Exception {
        return batch(files, replicationsOption, seedOption, threads, out, force, discardPartial, resume, quiet, err,
                after, null, 0, null);
    }

    /**
     * As above; with a {@code posterior} file, every scenario runs replication r with row r mod
     * draws of its sample ({@code posteriorDraws} evenly spaced rows, all for 0).
     */
    static List<RunSummary> batch(List<Path> files, Integer replicationsOption, Long seedOption, int threads, Path out,
                                  boolean force, boolean discardPartial, boolean resume, boolean quiet,
                                  PrintWriter err, AfterBatch after, Path posterior, int posteriorDraws)
            throws Exception {
        return batch(files, replicationsOption, seedOption, threads, out, force, discardPartial, resume, quiet, err,
                after, posterior, posteriorDraws, null);
    }

    /**
     * As above; with {@code cluster} settings, the blocks run across the cluster this process
     * joins as a member (docs/cluster.md), with the same results as here.
     */
    static List<RunSummary> batch(List<Path> files, Integer replicationsOption, Long seedOption, int threads, Path out,
                                  boolean force, boolean discardPartial, boolean resume, boolean quiet,
                                  PrintWriter err, AfterBatch after, Path posterior, int posteriorDraws,
                                  org.detente.cluster.ClusterSettings cluster) throws Exception {
        ScenarioCompiler compiler = new ScenarioCompiler();
        if (posterior != null) {
            compiler.withPosterior(posterior, posteriorDraws);
        }
        ScenarioCompiler.Compilation compilation = compiler.compileExperiments(files,
                java.util.Optional.ofNullable(seedOption));
        List<CompiledScenario> scenarios = compilation.cells();
        java.util.Set<Path> texts = new java.util.LinkedHashSet<>();
        scenarios.forEach(cell -> texts.addAll(cell.scenario().texts()));
        for (Path text : texts) {
            warnUnattributed(err, text, org.detente.coding.TextDocument.read(text));
        }
        int replications = replicationsOption != null ? replicationsOption
                : compilation.replications().orElse(DEFAULT_REPLICATIONS);
        long seed = seedOption != null ? seedOption : compilation.masterSeed().orElse(DEFAULT_SEED);
        BatchPlan plan = new BatchPlan(scenarios, replications, seed, threads);
        after.check(plan);
        List<Path> inputs = new ArrayList<>(files);
        if (posterior != null) {
            inputs.add(posterior);
        }
        scenarios.forEach(s -> {
            inputs.add(s.scenario().file()); // an experiment's base scenario, which may lie elsewhere
            inputs.addAll(s.scenario().texts());
        });
        try (ResultsFolder folder = resume ? ResultsFolder.resume(out, inputs)
                : ResultsFolder.create(out, force, discardPartial, inputs)) {
            List<RunSummary> summaries;
            try (BatchWriter writer = resume ? BatchWriter.resume(folder.staging(), plan)
                    : new BatchWriter(folder.staging(), plan)) {
                if (!quiet) {
                    err.printf("batch: %d scenario(s) and design point(s) x %,d replications = %,d runs on %d thread(s),"
                            + " master seed %d%s%n", scenarios.size(), replications, plan.totalRuns(), threads, seed,
                            resume ? String.format(java.util.Locale.ROOT, "; resuming after %,d finished runs",
                                    writer.finishedRuns()) : "");
                }
                try {
                    runBatch(plan, writer, files, posterior, posteriorDraws, cluster, quiet, err);
                } catch (Exception e) {
                    // A batch stopped part-way keeps what its last checkpoint holds, as a killed one does.
                    if (Files.isRegularFile(folder.staging().resolve("checkpoint.bin"))) {
                        folder.keepPartial();
                        err.println("batch: stopped; the runs up to its last checkpoint are kept: run the same command"
                                + " with --resume " + out + " to go on once the cause below is fixed, or --force to"
                                + " start over");
                    }
                    throw e;
                }
                writer.finish(VersionProvider.version());
                summaries = writer.summaries();
            }
            writeTypicalRuns(plan, folder.staging(), posterior != null, err);
            after.write(plan, folder.staging());
            folder.commit();
            return summaries;
        } catch (IOException e) {
            throw located(e, out);
        }
    }

    /** Runs the plan's blocks from the writer's last finished run on: on this machine's threads, or across a cluster. */
    private static void runBatch(BatchPlan plan, BatchWriter writer, List<Path> files, Path posterior,
                                 int posteriorDraws, org.detente.cluster.ClusterSettings cluster, boolean quiet,
                                 PrintWriter err) throws Exception {
        if (cluster == null) {
            BatchRunner.runBlocks(plan, plan.blockStartingAt(writer.finishedRuns()), writer,
                    ProgressLine.of(err, quiet));
        } else {
            try (org.detente.cluster.Member member = org.detente.cluster.Member.start(cluster)) {
                if (!quiet) {
                    err.printf("batch: across a cluster of %d member(s), this one %s%n", member.size(),
                            member.address());
                }
                long started = System.nanoTime();
                org.detente.cluster.ClusterRunner.Shares shares = org.detente.cluster.ClusterRunner.runBlocks(
                        member, plan, org.detente.batch.PlanSpec.of(plan, files, posterior, posteriorDraws,
                                writer.fingerprint()),
                        plan.blockStartingAt(writer.finishedRuns()), writer, ProgressLine.of(err, quiet));
                writer.cluster(shares.blocksByMember(), shares.resubmitted());
                if (!quiet) {
                    long total = shares.blocksByMember().values().stream().mapToLong(Long::longValue).sum();
                    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
                    shares.blocksByMember().forEach((address, blocks) -> err.printf(java.util.Locale.ROOT,
                            "batch: member %s ran %,d block(s) (%.0f%%), about %,.0f runs/s%n", address, blocks,
                            100.0 * blocks / Math.max(1, total),
                            blocks * (double) plan.totalRuns() / plan.totalBlocks() / seconds));
                    if (shares.resubmitted() > 0) {
                        err.printf("batch: %d block(s) sent again after their member left%n",
                                shares.resubmitted());
                    }
                }
            }
        }
    }

    /**
     * Runs a dated scenario, scores it against observations and writes {@code hindcast.csv},
     * its charts and {@code report.html} into {@code out} (all or nothing).
     */
    static org.detente.analysis.Hindcasts.Result hindcast(Path scenarioFile, Path observedFile, int replications, long seed,
                                                     int threads, Path out, boolean force, boolean quiet,
                                                     PrintWriter err) throws Exception {
        CompiledScenario scenario = new ScenarioCompiler().compile(scenarioFile);
        org.detente.scenario.Observed observed = org.detente.scenario.ObservedReader.read(observedFile);
        List<Path> inputs = new ArrayList<>(List.of(scenarioFile, observedFile));
        inputs.addAll(scenario.scenario().texts());
        org.detente.batch.Hindcast.Prepared prepared = org.detente.batch.Hindcast.prepare(scenario, observed, seed);
        try (ResultsFolder folder = ResultsFolder.create(out, force, force, inputs)) {
            if (!quiet) {
                err.printf("hindcast: %s against %s, %,d runs on %d thread(s), master seed %d%s%n",
                        scenario.name(), observedFile, replications, threads, seed,
                        scenario.scenario().posterior().map(p -> ", parameters from " + p.file() + " (" + p.size()
                                + " draws)").orElse(""));
            }
            org.detente.analysis.Hindcasts.Result result = org.detente.batch.Hindcast.run(prepared, replications,
                    threads, ProgressLine.of(err, quiet));
            writeHindcast(folder.staging(), result, "hindcast of " + scenario.name() + " against "
                    + observedFile.getFileName());
            folder.commit();
            return result;
        } catch (IOException e) {
            throw located(e, out);
        }
    }

    /**
     * Runs an experiment's prior draws as a batch (resumable like any), then fits its
     * calibration and writes the posterior, charts and report into the same folder before it is
     * committed.
     *
     * @return the result in one sentence
     */
    static String calibrate(Path experimentFile, Long seed, int threads, Path out, boolean force, boolean resume,
                            boolean quiet, PrintWriter err) throws Exception {
        return calibrate(experimentFile, seed, threads, out, force, resume, quiet, err, null);
    }

    /** As above, the runs across a cluster when {@code cluster} is given. */
    static String calibrate(Path experimentFile, Long seed, int threads, Path out, boolean force, boolean resume,
                            boolean quiet, PrintWriter err, org.detente.cluster.ClusterSettings cluster)
            throws Exception {
        org.detente.scenario.Experiment experiment = org.detente.scenario.ExperimentReader.read(experimentFile)
                .orElseThrow(() -> new InputException(new Problem(experimentFile, 0, "", "not an experiment: a"
                        + " calibration needs a scenario, a design and a calibration section")));
        if (experiment.calibration().isEmpty() || experiment.design().isEmpty()) {
            throw new InputException(new Problem(experimentFile, 0, "calibration", "the experiment has no "
                    + (experiment.design().isEmpty() ? "design" : "calibration") + " section (docs/calibration.md)"));
        }
        String[] summary = new String[1];
        batch(List.of(experimentFile), null, seed, threads, out, force, force, resume, quiet, err, new AfterBatch() {
            @Override
            public void check(BatchPlan plan) throws InputException {
                org.detente.batch.Calibration.check(experiment, plan);
            }

            @Override
            public void write(BatchPlan plan, Path staging) throws Exception {
                org.detente.batch.Calibration.Result r = org.detente.batch.Calibration.fit(experiment, plan, staging);
                Figures figures = new Figures(staging.resolve("charts"));
                int k = r.parameters().size();
                double[][] sample = new double[k][];
                for (int j = 0; j < k; j++) {
                    sample[j] = r.sampleValues(j);
                    figures.add("marginal_" + r.parameters().get(j), r.parameters().get(j) + ": prior and posterior",
                            org.detente.chart.CalibrationCharts.marginal(r.parameters().get(j), r.priorValues(j), sample[j],
                                    r.low()[j], r.high()[j]));
                }
                for (int i = 0; i < k; i++) {
                    for (int j = i + 1; j < k; j++) {
                        figures.add("pair_" + r.parameters().get(i) + "_" + r.parameters().get(j),
                                r.parameters().get(i) + " and " + r.parameters().get(j),
                                org.detente.chart.CalibrationCharts.pair(r.parameters().get(i), sample[i], r.low()[i],
                                        r.high()[i], r.parameters().get(j), sample[j], r.low()[j], r.high()[j]));
                    }
                }
                summary[0] = String.format(java.util.Locale.ROOT, "Calibration: %,d prior draws x %,d runs; accepted %,d"
                                + " (%.0f%%), effective sample size %.0f; posterior sample of %,d draws in posterior.csv.",
                        r.prior().length, plan.replications(), r.posterior().accepted().length,
                        100 * r.posterior().acceptanceRate(), r.posterior().effectiveSampleSize(), r.sample().length);
                org.detente.report.CalibrationReport.write(staging.resolve("report.html"), figures.list(),
                        summary[0]);
            }
        }, null, 0, cluster);
        return summary[0];
    }

    /** What to look at in the hindcast's charts. */
    static final String HINDCAST_PROBABILITIES = "For each observed quantity, the probability the model and the three"
            + " reference forecasts gave to what actually happened: taller is better. Where the model's bar is below"
            + " the base rate's, the model knew less than the record of earlier years.";
    static final String HINDCAST_PIT = "Where each observed count (a vote's tally, a number of acts) fell among the"
            + " runs' counts. Bars of equal height mean the runs spread as widely as reality; high bars at both ends"
            + " mean the runs were too sure.";

    /** Writes a hindcast's CSV, charts and page into a folder; returns the charts. */
    static List<Report.Figure> writeHindcast(Path folder, org.detente.analysis.Hindcasts.Result result, String title)
            throws IOException {
        org.detente.batch.Hindcast.write(folder.resolve("hindcast.csv"), result);
        Figures figures = new Figures(folder.resolve("charts"));
        figures.add("hindcast_probabilities", "The probability each forecast gave to what happened",
                HINDCAST_PROBABILITIES, org.detente.chart.HindcastChart.probabilities(result));
        figures.add("hindcast_pit", "Observed counts against the runs' distribution (PIT histogram)", HINDCAST_PIT,
                org.detente.chart.HindcastChart.pit(result, 5));
        org.detente.report.HindcastReport.write(folder.resolve("report.html"), title, result, figures.list());
        return figures.list();
    }

    /**
     * Warns, one line per paragraph, of paragraphs without a {@code — SOURCE} attribution: their
     * statements are credited to whoever the text names, and no second-hand weight applies.
     */
    static void warnUnattributed(PrintWriter err, Path file, org.detente.coding.TextDocument document) {
        for (int line : document.unattributedLines()) {
            err.println("detente: warning: " + file + ":" + line + ": the paragraph has no '— SOURCE' attribution;"
                    + " its statements are credited to the actors it names");
        }
    }

    /**
     * An I/O failure that names no file (a full disk while writing a stream) as one about the
     * output folder, so the message says where: "results/x: No space left on device".
     */
    static IOException located(IOException e, Path out) {
        if (e instanceof java.nio.file.FileSystemException) {
            return e;
        }
        java.nio.file.FileSystemException located = new java.nio.file.FileSystemException(out.toString(), null,
                e.getMessage() == null ? "input/output error" : e.getMessage());
        located.initCause(e);
        return located;
    }

    /** Days in each period of the hazard chart: about a month. */
    static final int HAZARD_DAYS = 30;

    private static final Map<DailyMetric, String> FAN_CAPTIONS = Map.of(
            DailyMetric.POSTURE, "How hostile the actors' public posture is, in Goldstein points below the anchor"
                    + " (0 is neutral, higher is more hostile), averaged over the actors.",
            DailyMetric.TRUST, "Trust between adversaries, from 0 (none) to 1, averaged over adversarial dyads:"
                    + " dialogue should raise it, misperceived signals lower it.",
            DailyMetric.HOSTILITY, "The hostility each actor perceives in the signals it receives, in Goldstein"
                    + " points below the anchor, averaged over the actors: what drives the next escalation.");

    /** Series beyond which per-series charts (fans, signal mix, boxes) and pairwise tests are left out. */
    static final int MAX_SERIES = 6;

    /**
     * How a comparison is made beyond its folders.
     *
     * @param scenarios the series to show and their labels ({@code --scenario}); empty for all
     * @param unpaired  whether scenarios whose runs do not share seeds may be compared as independent samples
     * @param dpi       the resolution of the PNG charts (72 for the screen; 300 for print)
     */
    record CompareOptions(List<SeriesSelection.Choice> scenarios, boolean unpaired, int dpi) {

        /** Every series, paired comparisons only, PNG for the screen. */
        static final CompareOptions DEFAULT = new CompareOptions(List.of(), false, ChartFiles.SCREEN_DPI);
    }

    /**
     * Reads results folders and writes the comparison charts ({@code charts/}), {@code stats.csv}
     * and {@code report.html} into {@code out}, with the decomposition of a lever factorial run
     * elsewhere to report beside it (empty for none; factorials in the folders compared are
     * decomposed too) and report sections made elsewhere (the demo's parameter uncertainty,
     * sensitivity, hindcast).
     *
     * @return the outcomes compared
     */
    static List<RunSummary> compare(List<Path> folders, Path out, List<LeverEffects.Effect> extraLevers,
                                    List<Report.Section> sections, boolean force) throws InputException, IOException {
        return compare(folders, out, extraLevers, sections, force, new ArrayList<>(), CompareOptions.DEFAULT);
    }

    /**
     * As above, adding to {@code notes} the lines to print beside the headline (intervals with
     * parameter uncertainty of folders run with a posterior).
     */
    static List<RunSummary> compare(List<Path> folders, Path out, List<LeverEffects.Effect> extraLevers,
                                    List<Report.Section> sections, boolean force, List<String> notes,
                                    CompareOptions options) throws InputException, IOException {
        // Each folder is read (and verified) once, before anything is written.
        List<BatchResults> all = new ArrayList<>();
        List<LeverEffects.Effect> levers = new ArrayList<>(extraLevers);
        for (Path folder : folders) {
            BatchResults results = BatchResults.read(folder);
            all.add(results);
            levers.addAll(leverEffects(results));
        }
        try (ComparisonOutput output = ComparisonOutput.open(out, force)) {
            List<RunSummary> outcomes = writeComparison(all, output.staging(), levers, sections, notes, options);
            output.commit();
            return outcomes;
        } catch (IOException e) {
            throw located(e, out);
        }
    }

    private static List<RunSummary> writeComparison(List<BatchResults> all, Path out, List<LeverEffects.Effect> levers,
                                                    List<Report.Section> extraSections, List<String> notes,
                                                    CompareOptions options) throws InputException, IOException {
        List<Report.Section> sections = new ArrayList<>(extraSections);
        TimeseriesSummary allSeries = new TimeseriesSummary(List.of());
        List<RunSummary> allOutcomes = new ArrayList<>();
        Map<String, List<RunOutcome>> allRuns = new LinkedHashMap<>();
        Map<String, Map<String, String>> allDesign = new LinkedHashMap<>();
        Map<String, BatchResults> source = new LinkedHashMap<>();
        int longest = 0;
        // A scenario in more than one folder (the same scenario at two seeds, say) is shown as
        // folder/name, each folder's own.
        Map<String, Integer> seen = new java.util.HashMap<>();
        all.forEach(results -> results.runs().keySet().forEach(n -> seen.merge(n, 1, Integer::sum)));
        List<BatchResults> named = new ArrayList<>();
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            BatchResults results = all.get(i);
            if (results.runs().keySet().stream().anyMatch(n -> seen.get(n) > 1)) {
                String prefix = results.folder().toAbsolutePath().normalize().getFileName().toString();
                if (!prefixes.add(prefix)) {
                    prefix = prefix + "-" + (i + 1);
                    prefixes.add(prefix);
                }
                results = results.prefixed(prefix);
            }
            named.add(results);
        }
        for (BatchResults results : named) {
            for (String name : results.runs().keySet()) {
                if (allRuns.containsKey(name)) {
                    throw new InputException(new Problem(results.folder(), 0, "scenario",
                            "scenario '" + name + "' appears twice; compare distinct folders"));
                }
                source.put(name, results);
            }
            allSeries = allSeries.concat(results.timeseries());
            allOutcomes.addAll(results.outcomes());
            allRuns.putAll(results.runs());
            allDesign.putAll(results.design());
            longest = Math.max(longest, results.horizon());
        }
        Map<String, String> shown = SeriesSelection.of(new ArrayList<>(allRuns.keySet()), allDesign,
                options.scenarios(), all.stream().map(BatchResults::folder).toList());
        Map<String, List<RunOutcome>> runs = new LinkedHashMap<>();
        Map<String, Map<String, String>> design = new LinkedHashMap<>();
        List<RunSummary> outcomes = new ArrayList<>();
        shown.forEach((series, name) -> {
            runs.put(name, allRuns.get(series));
            if (allDesign.containsKey(series)) {
                design.put(name, allDesign.get(series));
            }
            allOutcomes.stream().filter(o -> o.scenario().equals(series)).findFirst()
                    .ifPresent(o -> outcomes.add(o.named(name)));
        });
        TimeseriesSummary timeseries = allSeries.named(shown);
        boolean few = runs.size() <= MAX_SERIES;
        List<String> unpaired = few ? unpairedPairs(shown, runs, source, options.unpaired()) : List.of();
        int horizon = longest;
        Map<String, Double> pairDays = new LinkedHashMap<>();
        shown.forEach((series, name) -> pairDays.put(name, pairDays(source.get(series), series)));
        Map<String, Integer> horizons = new LinkedHashMap<>();
        shown.forEach((series, name) -> horizons.put(name, scenarioOf(source.get(series), series)
                .path("horizon_days").asInt(horizon)));
        Map<String, String> scenarioOfLabel = new LinkedHashMap<>();
        shown.forEach((series, name) -> scenarioOfLabel.put(name, series)); // a design point (name#i) is not its scenario
        ChartContext context = new ChartContext(Palette.of(new ArrayList<>(runs.keySet()), scenarioOfLabel::get),
                new TimeAxis(horizon, commonStartDate(all)), crisisThreshold(all),
                org.detente.model.EscalationLadder.RUNGS);
        Figures figures = new Figures(out.resolve("charts"), options.dpi());
        // Designs of many points keep no daily series (docs/experiments.md): no chart over time then.
        boolean daily = !timeseries.keys().isEmpty();
        if (daily) {
            figures.add("crisis_probability", "Probability of a crisis by day t", runs.size() > 10
                    ? "Each line is the share of runs of one design point that have reached a crisis (a crisis dyad at or"
                    + " above the crisis threshold) by that day; with this many lines their 95% bands are left out"
                    + " (stats.csv has each point's interval), and the heatmap, where there is one, is easier to read."
                    : "Each line is the share of runs that have reached a crisis (a crisis dyad at or above the crisis"
                    + " threshold) by that day; the band is its 95% interval. Where bands do not overlap, the scenarios"
                    + " differ by more than chance. The axis is zoomed to the values.",
                    ComparisonCharts.crisisProbability(timeseries, context));
        }
        if (few) {
            if (runs.size() >= 2) {
                List<DifferenceChart.Difference> differences = new ArrayList<>();
                List<String> labels = new ArrayList<>(runs.keySet());
                for (int i = 0; i < labels.size(); i++) {
                    for (int j = i + 1; j < labels.size(); j++) {
                        List<RunOutcome> later = runs.get(labels.get(j));
                        List<RunOutcome> earlier = runs.get(labels.get(i));
                        boolean paired = Comparisons.shareSeeds(later, earlier);
                        // Only over the days both scenarios ran.
                        int days = Math.min(horizons.get(labels.get(j)), horizons.get(labels.get(i)));
                        differences.add(new DifferenceChart.Difference(labels.get(j), labels.get(i),
                                Comparisons.differenceOverTime(later, earlier, days), paired,
                                paired ? Math.min(later.size(), earlier.size()) : later.size() + earlier.size()));
                    }
                }
                figures.add("paired_difference", "Difference in crisis probability between scenarios", "Each curve"
                        + " is one scenario's P(crisis by day t) minus another's, in percentage points; above zero the"
                        + " first-named scenario is riskier. Where the band excludes zero the difference is more than"
                        + " chance. Runs that share seeds are compared pair by pair, which removes most of the noise.",
                        DifferenceChart.of(differences, context));
            }
            Map<String, List<Survival.Hazard>> hazards = new LinkedHashMap<>();
            runs.forEach((label, list) -> hazards.put(label, Survival.hazard(list, horizons.get(label), HAZARD_DAYS)));
            figures.add("hazard", "When crises begin", "Of the runs still without a crisis at the start of each "
                    + HAZARD_DAYS + "-day period, the share that enter one during it. A falling line means the risk"
                    + " is concentrated early; a flat one that it persists through the run.",
                    HazardChart.of(hazards, HAZARD_DAYS, context));
            if (daily) {
                figures.add("fan_rung", "Highest ladder rung over time", "Per scenario and day, the highest rung of its"
                        + " crisis dyads: the median over runs (line), the range of the middle half and of 90% of runs"
                        + " (bands), and the mean with its 95% interval (dark band). The dashed line is the crisis"
                        + " threshold: where a band reaches it, at least a quarter (middle half) or 5% (90% band) of"
                        + " runs are in crisis that day.", FanChart.of(timeseries, DailyMetric.RUNG, context));
                figures.add("fan_escalation_score", "Escalation score per actor pair and day", "The signals' escalation"
                        + " weights summed so far, divided by the number of actor pairs and days elapsed, so scenarios with"
                        + " more actors or a longer run compare fairly. Below zero, de-escalating signals outweigh"
                        + " escalating ones.", FanChart.of(perPairDay(timeseries, source, shown), DailyMetric.ESCALATION_SCORE,
                        "Escalation score per actor pair and day", "score per actor pair and day (running mean)", context));
                for (DailyMetric metric : List.of(DailyMetric.POSTURE, DailyMetric.TRUST, DailyMetric.HOSTILITY)) {
                    figures.add("fan_" + metric.key(), metric.title() + " over time", FAN_CAPTIONS.get(metric),
                            FanChart.of(timeseries, metric, context));
            }
            }
            Map<String, long[]> peaks = new LinkedHashMap<>();
            Map<String, double[]> scores = new LinkedHashMap<>();
            runs.forEach((label, list) -> {
                long[] counts = new long[org.detente.model.EscalationLadder.RUNGS.size()];
                list.forEach(r -> counts[Math.min(counts.length - 1, Math.max(0, r.peakRung()))]++);
                peaks.put(label, counts);
                scores.put(label, list.stream().mapToDouble(r -> r.escalationScore() / pairDays.get(label)).toArray());
            });
            figures.add("distribution_peak_rung", "Highest rung reached per run", "Each bar splits a scenario's runs"
                    + " by the highest rung its crisis dyads reached; outlined segments (marked *) are at or above the crisis"
                    + " threshold, so their total is P(crisis).", PeakRungChart.of(peaks, context.crisisThreshold(),
                            context.rungs()));
            figures.add("distribution_escalation_score", "Escalation score per run", "Per scenario, the spread over"
                    + " runs of the escalation score per actor pair and day: box from the lower to the upper quartile,"
                    + " line at the median, whiskers to the furthest runs within 1.5 times the box (runs beyond the"
                    + " whiskers are not drawn).",
                    DistributionChart.of(scores, "Escalation score per actor pair and day, per run",
                            "score per actor pair and day", context.palette()));
            if (daily) {
                figures.add("signal_mix", "Signal mix over time", "The share of each kind of signal among all signals"
                        + " sent, week by week (categories of Rivera et al. 2024): more posturing and escalation at the top"
                        + " means a harsher exchange.", SignalMixChart.of(timeseries, context));
            }
        } else if (daily) {
            figures.add("mean_rung", "Mean highest ladder rung over time", "The mean over runs of the highest rung of"
                    + " the crisis dyads, per series, with the crisis threshold dashed. With this many series, per-series fan"
                    + " charts and pairwise tests are left out; runs.csv has every run.",
                    ComparisonCharts.mean(timeseries, DailyMetric.RUNG, context));
        }
        heatmap(design, outcomes).ifPresent(chart -> {
            try {
                figures.add("heatmap_crisis_probability", "Crisis probability over the design", "Each cell is one"
                        + " design point: its P(crisis) and its number of runs; darker is riskier. Look for where the"
                        + " colour changes fast: a tipping point in the two parameters.", chart);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<Comparisons.Stat> stats = new ArrayList<>();
        for (BatchResults results : all) {
            posteriorDraws(results).ifPresent(draws -> DemoSections.posterior(results, draws, sections, notes));
            morris(results, figures, stats);
            for (Sensitivity s : sensitivity(results, figures, stats)) {
                sections.add(new Report.Section("How much " + s.outcome() + " depends on the parameters",
                        sensitivityHtml(s)));
            }
        }
        if (few) {
            stats.addAll(Comparisons.of(runs, horizon, pairDays));
        } else {
            for (Map.Entry<String, List<RunOutcome>> e : runs.entrySet()) {
                stats.addAll(Comparisons.of(Map.of(e.getKey(), e.getValue()), horizon));
            }
        }
        runs.forEach((label, list) -> stats.add(Comparisons.mean(label, "mean_escalation_per_pair_day",
                list.stream().mapToDouble(r -> r.escalationScore() / pairDays.get(label)).toArray())));
        if (!unpaired.isEmpty()) {
            notes.add("Compared as independent samples, since their runs do not share seeds: "
                    + String.join("; ", unpaired) + ".");
        }
        for (LeverEffects.Effect e : levers) {
            stats.add(new Comparisons.Stat("lever", e.lever().isEmpty() ? "levers" : e.lever(),
                    e.from().isEmpty() ? "" : e.from() + " -> " + e.to(), "crisis_difference_" + e.kind().replace(' ', '_'),
                    e.value(), e.ci().low(), e.ci().high(), Double.NaN, Double.NaN, e.pairs()));
        }
        BatchWriter.writeStats(out.resolve("stats.csv"), stats);
        List<String> manifests = new ArrayList<>();
        for (BatchResults results : all) {
            manifests.add(Files.readString(results.folder().resolve("manifest.json"), StandardCharsets.UTF_8));
        }
        if (few) {
            typicalRuns(shown, source, out).ifPresent(sections::add); // after the sections on the headline
        }
        Report.write(out.resolve("report.html"), new Report.Input(all.stream().map(BatchResults::manifest).toList(),
                outcomes, figures.list(), stats, few, manifests, levers, sections, unpaired,
                org.detente.model.EscalationLadder.RUNGS, columns(shown, source, allDesign, few)));
        return outcomes;
    }

    /**
     * Writes the story of each scenario's most typical crisis run into the batch's {@code stories/}.
     * The stories are an extra: if they cannot be written, a warning says why and the batch's
     * results stand.
     */
    private static void writeTypicalRuns(BatchPlan plan, Path folder, boolean posterior, PrintWriter err) {
        Path stories = folder.resolve(org.detente.batch.TypicalRuns.FOLDER);
        try {
            for (org.detente.batch.TypicalRuns.Typical t : org.detente.batch.TypicalRuns.find(plan, folder)) {
                Files.createDirectories(stories);
                ChartFiles.write(org.detente.chart.StoryChart.of(t.story(), t.title()), stories, t.scenario());
                Files.writeString(stories.resolve(t.scenario() + ".md"), t.markdown(plan.masterSeed(), posterior),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException | InputException | RuntimeException e) {
            try {
                ResultsFolder.deleteTree(stories); // none rather than some
            } catch (IOException ignored) {
                // the warning below says the stories are missing either way
            }
            err.println("detente: warning: the stories of the most typical crisis runs were not written ("
                    + Failures.describe(e) + "); the batch's results are complete");
        }
    }

    /**
     * The report's section on why runs escalated: for each series shown that is a scenario whose
     * batch wrote the story of its most typical crisis run ({@code stories/NAME.png}, see
     * {@link org.detente.batch.TypicalRuns}), that story, copied into the comparison's
     * {@code charts/stories/} folder, its chart shown and linked with its turning points.
     */
    private static java.util.Optional<Report.Section> typicalRuns(Map<String, String> shown,
                                                                  Map<String, BatchResults> source, Path out)
            throws IOException {
        StringBuilder h = new StringBuilder();
        for (Map.Entry<String, String> e : shown.entrySet()) {
            BatchResults results = source.get(e.getKey());
            String scenario = scenarioOf(results, e.getKey()).path("name").asText("");
            Path stories = results.folder().resolve(org.detente.batch.TypicalRuns.FOLDER);
            if (scenario.isEmpty() || !Files.isRegularFile(stories.resolve(scenario + ".png"))) {
                continue;
            }
            String file = e.getValue().replaceAll("[^A-Za-z0-9._-]", "_");
            Path to = Files.createDirectories(out.resolve("charts").resolve(org.detente.batch.TypicalRuns.FOLDER));
            for (String ext : List.of(".png", ".svg", ".md")) {
                Files.copy(stories.resolve(scenario + ext), to.resolve(file + ext),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            String md = Files.readString(to.resolve(file + ".md"), StandardCharsets.UTF_8);
            String outcome = (md.lines().filter(l -> l.startsWith("**Crisis on day")).findFirst().orElse("") + " "
                    + md.lines().filter(l -> l.startsWith("The medoid of")).findFirst().orElse("")
                    .replaceAll("\\. (Replay|It ran).*$", ".")).replace("**", "").strip();
            h.append(Report.figureHtml(new Report.Figure("The most typical crisis run of " + e.getValue(),
                    to.resolve(file + ".png"), outcome)));
            String link = "charts/" + org.detente.batch.TypicalRuns.FOLDER + "/" + file;
            h.append("<p class=\"note\">Read <a href=\"").append(link).append(".md\">its turning points in words</a>,")
                    .append(" or open <a href=\"").append(link).append(".svg\">the chart as a drawing that scales</a>")
                    .append(" (both in the comparison's charts folder, under stories).</p>\n");
        }
        if (h.length() == 0) {
            return java.util.Optional.empty();
        }
        String intro = "<p>For each scenario, the crisis run most like the others (the medoid of its crisis runs by"
                + " day of crisis and peak rung), run again from its seed: each adversarial pair's rung over time,"
                + " with the signals that raised a rung marked (red triangles: misperceived, at the rung they were"
                + " taken for; hollow diamonds: the act actually sent), votes, scripted events and channel changes as grey"
                + " lines, and the day the crisis began in red.</p>\n";
        return java.util.Optional.of(new Report.Section("Why runs escalated: the most typical crisis run", intro + h));
    }

    /**
     * The columns of the report's table of what was compared: one per series shown, with what
     * its design point sets; with many series, one per scenario with the range its design spans.
     */
    private static List<Report.Column> columns(Map<String, String> shown, Map<String, BatchResults> source,
                                               Map<String, Map<String, String>> design, boolean few) {
        List<Report.Column> columns = new ArrayList<>();
        if (few) {
            shown.forEach((series, name) -> columns.add(new Report.Column(name, scenarioOf(source.get(series), series),
                    SeriesSelection.inWords(design.get(series)),
                    new ArrayList<>(design.getOrDefault(series, Map.of()).keySet()))));
            return columns;
        }
        Map<String, List<String>> byScenario = new LinkedHashMap<>();
        shown.keySet().forEach(series -> byScenario.computeIfAbsent(series.replaceFirst("#\\d+$", ""),
                k -> new ArrayList<>()).add(series));
        byScenario.forEach((scenario, series) -> {
            Map<String, java.util.TreeSet<String>> values = new LinkedHashMap<>();
            for (String s : series) {
                design.getOrDefault(s, Map.of()).forEach((path, value) -> values.computeIfAbsent(path,
                        k -> new java.util.TreeSet<>(Workflows::numericOrder)).add(value));
            }
            List<String> parts = new ArrayList<>();
            values.forEach((path, set) -> parts.add(org.detente.report.ParameterNames.words(path) + " from "
                    + set.first() + " to " + set.last()));
            columns.add(new Report.Column(scenario, scenarioOf(source.get(series.get(0)), series.get(0)),
                    series.size() + " design points" + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)),
                    new ArrayList<>(values.keySet())));
        });
        return columns;
    }

    private static int numericOrder(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /** The start date all compared scenarios share, if they do. */
    private static java.util.Optional<java.time.LocalDate> commonStartDate(List<BatchResults> all) {
        java.util.Set<String> dates = new java.util.HashSet<>();
        all.forEach(r -> r.manifest().path("scenarios").forEach(s -> dates.add(s.path("start_date").asText(""))));
        return dates.size() == 1 && !dates.contains("") ? java.util.Optional.of(java.time.LocalDate.parse(
                dates.iterator().next())) : java.util.Optional.empty();
    }

    /** The crisis threshold of the scenarios compared (the lowest, should they differ). */
    private static int crisisThreshold(List<BatchResults> all) {
        int threshold = Integer.MAX_VALUE;
        for (BatchResults r : all) {
            for (JsonNode s : r.manifest().path("scenarios")) {
                threshold = Math.min(threshold, s.path("crisis_threshold").asInt(4));
            }
        }
        return threshold == Integer.MAX_VALUE ? 4 : threshold;
    }

    /** The manifest entry of the scenario a series (name, or name#point) belongs to. */
    private static JsonNode scenarioOf(BatchResults results, String series) {
        String name = series.replaceFirst("#\\d+$", "");
        name = name.substring(name.lastIndexOf('/') + 1); // folder/name when two folders hold the same scenario
        for (JsonNode s : results.manifest().path("scenarios")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The actor pairs of a scenario's manifest entry, n(n - 1) / 2. */
    private static double actorPairs(JsonNode scenario) {
        int actors = Math.max(2, scenario.path("actors").size());
        return actors * (actors - 1) / 2.0;
    }

    /**
     * Actor pairs times days of a series' runs: what its escalation score is divided by to
     * compare across scenarios with different numbers of actors or horizons (docs/ODD.md).
     */
    static double pairDays(BatchResults results, String series) {
        JsonNode s = scenarioOf(results, series);
        return actorPairs(s) * Math.max(1, s.path("horizon_days").asInt(results.horizon()));
    }

    /** The escalation score's daily rows as a running score per actor pair and day elapsed. */
    private static TimeseriesSummary perPairDay(TimeseriesSummary summary, Map<String, BatchResults> source,
                                                Map<String, String> shown) {
        // By the name the daily rows carry: the scenario's, or folder/name when two folders hold it.
        Map<String, Double> pairs = new LinkedHashMap<>();
        shown.keySet().forEach(series -> pairs.put(series.replaceFirst("#\\d+$", ""),
                actorPairs(scenarioOf(source.get(series), series))));
        List<TimeseriesSummary.Row> rows = new ArrayList<>();
        for (TimeseriesSummary.Row r : summary.rows()) {
            if (r.metric() != DailyMetric.ESCALATION_SCORE || !pairs.containsKey(r.scenario())) {
                continue;
            }
            double f = 1.0 / (pairs.get(r.scenario()) * (r.day() + 1));
            double[] q = r.quantiles().clone();
            for (int i = 0; i < q.length; i++) {
                q[i] *= f;
            }
            rows.add(new TimeseriesSummary.Row(r.scenario(), r.designPoint(), r.day(), r.metric(), r.n(), r.mean() * f,
                    r.sd() * f, r.ciLow() * f, r.ciHigh() * f, q));
        }
        return new TimeseriesSummary(rows, summary.names());
    }

    /**
     * The pairs of series whose runs do not share seeds, as "a and b" in words; refused unless
     * {@code allowed} ({@code --unpaired}), since a paired difference of runs that are not pairs
     * is meaningless, and an unpaired one is much wider.
     */
    private static List<String> unpairedPairs(Map<String, String> shown, Map<String, List<RunOutcome>> runs,
                                              Map<String, BatchResults> source, boolean allowed) throws InputException {
        List<String> series = new ArrayList<>(shown.keySet());
        List<String> unpaired = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            for (int j = i + 1; j < series.size(); j++) {
                String a = shown.get(series.get(i));
                String b = shown.get(series.get(j));
                if (Comparisons.shareSeeds(runs.get(a), runs.get(b))) {
                    continue;
                }
                BatchResults ra = source.get(series.get(i));
                BatchResults rb = source.get(series.get(j));
                if (!allowed) {
                    throw new InputException(new Problem(rb.folder().resolve("manifest.json"), 0, "master_seed",
                            "'" + b + "' (master seed " + rb.manifest().path("master_seed").asText() + ") and '" + a
                                    + "' of " + ra.folder() + " (master seed " + ra.manifest().path("master_seed").asText()
                                    + ") do not share seeds, so their runs cannot be paired; run both batches with the"
                                    + " same --seed, or add --unpaired to compare them as independent samples"));
                }
                unpaired.add(b + " and " + a);
            }
        }
        return unpaired;
    }

    /**
     * The one-factor decomposition ({@link LeverEffects}) of every two-level full factorial in a
     * results folder (such as {@code scenarios/levers.yaml}'s): a full-factorial design of k
     * parameters with 2^k points. Empty when there is none.
     */
    static List<LeverEffects.Effect> leverEffects(BatchResults results) throws InputException {
        List<LeverEffects.Effect> effects = new ArrayList<>();
        var designs = results.manifest().path("designs").properties();
        for (var design : designs) {
            String name = design.getKey();
            int parameters = design.getValue().path("parameters").size();
            if (!"full-factorial".equals(design.getValue().path("type").asText()) || parameters == 0
                    || parameters > 16) {
                continue;
            }
            List<Map<String, String>> points = new ArrayList<>();
            List<List<RunOutcome>> runs = new ArrayList<>();
            for (int i = 0; results.design().containsKey(name + "#" + i); i++) {
                points.add(results.design().get(name + "#" + i));
                runs.add(results.runs().get(name + "#" + i));
            }
            if (points.size() != 1 << parameters) {
                continue; // not two levels each
            }
            try {
                effects.addAll(LeverEffects.of(points, runs));
            } catch (IllegalArgumentException e) {
                throw new InputException(new Problem(results.folder().resolve("runs.csv"), 0, "design_point",
                        "the factorial '" + name + "' cannot be decomposed: " + e.getMessage()));
            }
        }
        return effects;
    }


    /**
     * Elementary effects of every Morris design in a results folder (Morris 1991) on the
     * crisis probability and the mean escalation score: a chart of the Morris plane and rows
     * {@code mu}, {@code mu_star} and {@code sigma} per parameter in the statistics.
     */
    private static void morris(BatchResults results, Figures figures, List<Comparisons.Stat> stats)
            throws IOException, InputException {
        Map<String, RunSummary> byLabel = new LinkedHashMap<>();
        results.outcomes().forEach(o -> byLabel.put(o.scenario(), o));
        var designs = results.manifest().path("designs").fields();
        while (designs.hasNext()) {
            var entry = designs.next();
            String name = entry.getKey();
            JsonNode d = entry.getValue();
            if (!"morris".equals(d.path("type").asText()) || !d.has("morris_step")) {
                continue;
            }
            List<String> parameters = new ArrayList<>();
            d.path("parameters").fieldNames().forEachRemaining(parameters::add);
            List<Map<String, String>> points = new ArrayList<>();
            List<RunSummary> summaries = new ArrayList<>();
            for (int i = 0; results.design().containsKey(name + "#" + i); i++) {
                points.add(results.design().get(name + "#" + i));
                summaries.add(byLabel.get(name + "#" + i));
            }
            double[] crisis = summaries.stream().mapToDouble(RunSummary::crisisProbability).toArray();
            double[] score = summaries.stream().mapToDouble(RunSummary::meanEscalationScore).toArray();
            double step = d.path("morris_step").asDouble();
            List<ElementaryEffects.Effect> onCrisis;
            List<ElementaryEffects.Effect> onScore;
            try {
                onCrisis = ElementaryEffects.of(parameters, points, crisis, step);
                onScore = ElementaryEffects.of(parameters, points, score, step);
            } catch (IllegalArgumentException e) {
                throw new InputException(new Problem(results.folder().resolve("manifest.json"), 0, "design_points",
                        "the Morris design of '" + name + "' is incomplete: " + e.getMessage()));
            }
            long runsPerPoint = summaries.stream().mapToLong(RunSummary::runs).min().orElse(0);
            String slug = name.replaceAll("[^A-Za-z0-9_-]", "_");
            figures.add("morris_" + slug, "Morris screening of " + name + " (crisis probability)", "Each point is"
                    + " a parameter: further right, a larger average effect on P(crisis) of a step in it; higher, an"
                    + " effect that depends more on the other parameters. Parameters near the origin can be left at"
                    + " their defaults.", MorrisChart.of(name, "P(crisis)", onCrisis, runsPerPoint));
            addEffects(stats, name, "P(crisis)", onCrisis);
            addEffects(stats, name, "escalation score", onScore);
        }
    }

    /**
     * A global sensitivity analysis of one outcome.
     *
     * @param outcome    the outcome in words
     * @param parameters the parameters varied
     * @param indices    their Sobol indices
     * @param sentences  how the outcome moves over the two most influential parameters, in words
     * @param runsPerPoint runs behind each design point's outcome
     * @param chanceShare the share of the outcome's variance over the design points that is the runs'
     *                    chance (binomial variance of each point's estimate); NaN for a difference
     */
    record Sensitivity(String outcome, List<String> parameters, org.detente.analysis.SobolIndices.Result indices,
                       List<String> sentences, long runsPerPoint, double chanceShare) {
    }

    /** Bootstrap resamples of Sobol indices. */
    static final int SOBOL_BOOTSTRAP = 1000;

    /**
     * Sobol indices of P(crisis) for every Saltelli design in the results, and of the
     * difference between two designs run at the same points (the second minus the first, e.g.
     * dialogue minus escalation), with a chart and rows of {@code stats} for each.
     */
    static List<Sensitivity> sensitivity(BatchResults results, Figures figures, List<Comparisons.Stat> stats)
            throws IOException {
        Map<String, RunSummary> byLabel = new LinkedHashMap<>();
        results.outcomes().forEach(o -> byLabel.put(o.scenario(), o));
        List<String> names = new ArrayList<>();
        Map<String, List<String>> parametersOf = new LinkedHashMap<>();
        var designs = results.manifest().path("designs").fields();
        while (designs.hasNext()) {
            var entry = designs.next();
            if ("saltelli".equals(entry.getValue().path("type").asText())) {
                names.add(entry.getKey());
                List<String> parameters = new ArrayList<>();
                entry.getValue().path("parameters").fieldNames().forEachRemaining(parameters::add);
                parametersOf.put(entry.getKey(), parameters);
            }
        }
        List<Sensitivity> found = new ArrayList<>();
        Map<String, double[]> outcomes = new LinkedHashMap<>();
        for (String name : names) {
            List<String> parameters = parametersOf.get(name);
            int points = 0;
            while (results.design().containsKey(name + "#" + points)) {
                points++;
            }
            double[] y = new double[points];
            long runs = Long.MAX_VALUE;
            for (int i = 0; i < points; i++) {
                RunSummary s = byLabel.get(name + "#" + i);
                y[i] = s.crisisProbability();
                runs = Math.min(runs, s.runs());
            }
            outcomes.put(name, y);
            found.add(sobol(results, name, "P(crisis) under " + name, parameters, y, runs, false));
        }
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                String first = names.get(a);
                String second = names.get(b);
                if (!parametersOf.get(first).equals(parametersOf.get(second))
                        || outcomes.get(first).length != outcomes.get(second).length
                        || !samePoints(results, first, second, outcomes.get(first).length)) {
                    continue;
                }
                double[] d = new double[outcomes.get(first).length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = outcomes.get(second)[i] - outcomes.get(first)[i];
                }
                found.add(sobol(results, first, "P(crisis) " + second + " minus " + first, parametersOf.get(first), d,
                        found.get(a).runsPerPoint(), true));
            }
        }
        for (Sensitivity s : found) {
            String slug = s.outcome().replaceAll("[^A-Za-z0-9]+", "_");
            figures.add("sobol_" + slug, "Sensitivity of " + s.outcome() + " (Sobol indices)", "The share of the"
                    + " outcome's variance over the parameter ranges that each parameter explains alone (circles) and"
                    + " with its interactions (squares), with 95% intervals. A parameter near zero on both does not"
                    + " change the answer; one near one decides it.", org.detente.chart.SobolChart.of(s.outcome(), s.parameters(), s.indices(), s.runsPerPoint()));
            for (org.detente.analysis.SobolIndices.Index i : s.indices().indices()) {
                String parameter = s.parameters().get(i.parameter());
                stats.add(new Comparisons.Stat("sobol", s.outcome(), parameter, "first_order", i.first(), i.firstLow(),
                        i.firstHigh(), Double.NaN, Double.NaN, s.indices().n()));
                stats.add(new Comparisons.Stat("sobol", s.outcome(), parameter, "total_order", i.total(), i.totalLow(),
                        i.totalHigh(), Double.NaN, Double.NaN, s.indices().n()));
            }
        }
        return found;
    }

    /**
     * The lines a results folder run with a posterior prints: P(crisis) with intervals that hold
     * parameter uncertainty (empty when it ran no posterior, or one run per parameter set).
     */
    static List<String> posteriorLines(BatchResults results) {
        List<String> lines = new ArrayList<>();
        posteriorDraws(results).ifPresent(draws -> DemoSections.posterior(results, draws, new ArrayList<>(), lines));
        return lines;
    }

    /**
     * The parameter sets a batch ran with, when every scenario of it drew its parameters from the
     * same posterior sample with at least two runs a set (so the spread between sets can be
     * told from chance).
     */
    static java.util.Optional<Integer> posteriorDraws(BatchResults results) {
        java.util.Set<Integer> draws = new java.util.HashSet<>();
        for (JsonNode s : results.manifest().path("scenarios")) {
            draws.add(s.path("posterior").path("draws").asInt(0));
        }
        int replications = results.manifest().path("replications").asInt();
        if (draws.size() != 1 || draws.contains(0) || replications < 2 * draws.iterator().next()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(draws.iterator().next());
    }

    /** A sensitivity analysis in words: the two most influential parameters and what they do. */
    static String sensitivityHtml(Sensitivity s) {
        StringBuilder h = new StringBuilder("<p class=\"note\">Sobol indices split the variance of the outcome over"
                + " the parameters' ranges: the first-order index is the share a parameter explains alone, the total"
                + " index adds its interactions with the others. Indices near 0 mean the answer does not depend on"
                + " that parameter. The parameters vary over the calibration's prior ranges (docs/calibration.md),"
                + " wider than its posterior: these say what could matter, not what the record allows."
                + (Double.isNaN(s.chanceShare()) ? "" : String.format(java.util.Locale.ROOT, " Each point's P(crisis)"
                + " comes from %d runs, whose chance makes up at most about %.0f%% of the variance the indices divide"
                + " (an upper bound: independent binomial error at each point; the points of one base row share their"
                + " seeds, which leaves less of it in the differences the estimators take); they count it as"
                + " variance no parameter explains (it lowers first-order and inflates total indices)%s.",
                s.runsPerPoint(), Math.min(100, 100 * s.chanceShare()), s.chanceShare() > 0.5
                ? ": here it may dominate, so read the ranking, not the values" : ""))
                + "</p>\n<table><tr><th>parameter</th><th>first order</th><th>95% interval</th>"
                + "<th>total order</th><th>95% interval</th></tr>\n");
        for (org.detente.analysis.SobolIndices.Index i : s.indices().indices()) {
            h.append(String.format(java.util.Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%.2f</td><td class=\"num\">"
                            + "%.2f to %.2f</td><td class=\"num\">%.2f</td><td class=\"num\">%.2f to %.2f</td></tr>%n",
                    org.detente.report.Html.escape(s.parameters().get(i.parameter())), i.first(), i.firstLow(),
                    i.firstHigh(), i.total(), i.totalLow(), i.totalHigh()));
        }
        h.append("</table>\n<ul>");
        s.sentences().forEach(line -> h.append("<li>").append(org.detente.report.Html.escape(line)).append("</li>"));
        return h.append("</ul>\n").toString();
    }

    private static boolean samePoints(BatchResults results, String a, String b, int points) {
        for (int i = 0; i < points; i++) {
            if (!results.design().get(a + "#" + i).equals(results.design().get(b + "#" + i))) {
                return false;
            }
        }
        return true;
    }

    private static Sensitivity sobol(BatchResults results, String name, String outcome, List<String> parameters,
                                     double[] y, long runs, boolean difference) {
        int k = parameters.size();
        int n = y.length / (k + 2);
        org.detente.analysis.SobolIndices.Result indices = org.detente.analysis.SobolIndices.estimate(y, k, n,
                SOBOL_BOOTSTRAP, org.detente.model.RandomStreams.generator(org.detente.model.RandomStreams.child(
                        results.manifest().path("master_seed").asLong(), -4))::nextInt);
        double[][] x = new double[k][y.length];
        double[] low = new double[k];
        double[] high = new double[k];
        java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < y.length; i++) {
            Map<String, String> point = results.design().get(name + "#" + i);
            for (int j = 0; j < k; j++) {
                x[j][i] = Double.parseDouble(point.get(parameters.get(j)));
                low[j] = Math.min(low[j], x[j][i]);
                high[j] = Math.max(high[j], x[j][i]);
            }
        }
        List<org.detente.analysis.SobolIndices.Index> ranked = new ArrayList<>(indices.indices());
        ranked.sort(java.util.Comparator.comparingDouble(org.detente.analysis.SobolIndices.Index::total).reversed());
        List<String> sentences = new ArrayList<>();
        for (org.detente.analysis.SobolIndices.Index i : ranked.subList(0, Math.min(2, ranked.size()))) {
            int j = i.parameter();
            String parameter = org.detente.report.ParameterNames.words(parameters.get(j));
            sentences.add(org.detente.analysis.TippingPoints.sentence(outcome, parameter, x[j], y, low[j], high[j],
                    difference));
        }
        List<String> shortNames = parameters.stream().map(org.detente.report.ParameterNames::words).toList();
        double chance = Double.NaN;
        if (!difference && runs > 1 && indices.variance() > 0) {
            double noise = 0;
            for (double p : y) {
                noise += p * (1 - p) / (runs - 1) / y.length;
            }
            chance = noise / indices.variance();
        }
        return new Sensitivity(outcome, shortNames, indices, sentences, runs, chance);
    }

    private static void addEffects(List<Comparisons.Stat> stats, String scenario, String outcome,
                                   List<ElementaryEffects.Effect> effects) {
        for (ElementaryEffects.Effect e : effects) {
            stats.add(new Comparisons.Stat("elementary_effects", scenario, e.parameter(), "mu on " + outcome, e.mu(),
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, e.effects()));
            stats.add(new Comparisons.Stat("elementary_effects", scenario, e.parameter(), "mu_star on " + outcome,
                    e.muStar(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, e.effects()));
            stats.add(new Comparisons.Stat("elementary_effects", scenario, e.parameter(), "sigma on " + outcome,
                    e.sigma(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, e.effects()));
        }
    }

    /** A heatmap when the results vary exactly two design parameters. */
    private static java.util.Optional<org.jfree.chart.JFreeChart> heatmap(Map<String, Map<String, String>> design,
                                                                        List<RunSummary> outcomes) {
        java.util.Set<String> paths = new java.util.LinkedHashSet<>();
        design.values().forEach(v -> paths.addAll(v.keySet()));
        if (paths.size() != 2 || design.size() < 2) {
            return java.util.Optional.empty();
        }
        List<String> names = new ArrayList<>(paths);
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        List<Heatmap.Cell> cells = new ArrayList<>();
        for (RunSummary o : outcomes) {
            Map<String, String> values = design.get(o.scenario());
            if (values == null) {
                continue;
            }
            String x = values.get(names.get(0));
            String y = values.get(names.get(1));
            if (!xs.contains(x)) {
                xs.add(x);
            }
            if (!ys.contains(y)) {
                ys.add(y);
            }
            cells.add(new Heatmap.Cell(x, y, o.crisisProbability(), o.runs()));
        }
        java.util.Comparator<String> numeric = (a, b) -> {
            try {
                return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            } catch (NumberFormatException e) {
                return 0;
            }
        };
        xs.sort(numeric);
        ys.sort(numeric);
        return java.util.Optional.of(Heatmap.of(org.detente.report.ParameterNames.words(names.get(0)), xs,
                org.detente.report.ParameterNames.words(names.get(1)), ys, cells));
    }
}
