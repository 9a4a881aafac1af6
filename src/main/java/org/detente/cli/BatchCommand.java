package org.detente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.detente.analysis.RunSummary;
import org.detente.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code detente batch}: replications of scenarios in parallel. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run replications of scenarios in parallel and summarise them.",
                "Runs the replications of one or more scenarios, or of experiments (every point",
                "of their design), and writes manifest.json, runs.csv and timeseries.csv.",
                "Replication r uses the same seed in every scenario (common random numbers), so",
                "scenarios are compared on the same random inputs; results are the same for any",
                "--threads."},
        footer = {"", "Examples:",
                "  detente batch scenarios/baseline.yaml",
                "  detente batch scenarios/dialogue.yaml scenarios/escalation.yaml \\",
                "      --replications 2000 --out results/de",
                "  detente batch scenarios/baseline.yaml --seed 7 --threads 1 --out results/b7 \\",
                "      --force",
                "  detente batch scenarios/sweep-dialogue-noise.yaml --out results/sweep",
                "  detente batch scenarios/dialogue.yaml scenarios/escalation.yaml -n 2000 \\",
                "      --posterior scenarios/calibration/posterior-2008-2023.csv \\",
                "      --posterior-draws 100",
                "  # after an interruption, finish the batch in results/baseline:",
                "  detente batch scenarios/baseline.yaml --resume results/baseline"})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO",
            description = "Scenario or experiment files (YAML); a design runs every design point.")
    List<Path> scenarios;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications per scenario and design point (default: the experiment's, else "
                    + Workflows.DEFAULT_REPLICATIONS + ").")
    Integer replications;

    @Option(names = "--seed", paramLabel = "N",
            description = "64-bit master seed (default: the experiment's, else " + Workflows.DEFAULT_SEED + ").")
    Long seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<first scenario name>).")
    Path out;

    @Option(names = "--force", description = "Replace the results folder if it exists (and discard an interrupted batch).")
    boolean force;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the interrupted batch of results folder DIR (same scenarios and options).")
    Path resume;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "Run every scenario with model parameters from this posterior sample (posterior.csv of"
                    + " detente calibrate): replication r uses row r mod draws, the same row in every scenario.")
    Path posterior;

    @Option(names = "--posterior-draws", paramLabel = "M",
            description = "Use M evenly spaced rows of the posterior sample (default: all), so each runs"
                    + " replications/M times and parameter uncertainty can be told from chance.")
    Integer posteriorDraws;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--cluster", paramLabel = "HOST:PORT,...", split = ",",
            description = "Run the blocks across the cluster of these members (started with 'detente worker'), this"
                    + " process joining as one; the results are the same as on this machine (docs/cluster.md).")
    List<String> cluster;

    @Mixin
    ClusterOptions clusterOptions;

    @Override
    public Integer call() throws Exception {
        if (replications != null && replications < 1) {
            throw new UsageException("--replications must be at least 1, not " + replications);
        }
        if (resume != null && out != null && !resume.equals(out)) {
            throw new UsageException("--resume names the results folder; drop --out or give the same folder");
        }
        if (resume != null && force) {
            throw new UsageException("--resume continues a batch and --force starts over: choose one");
        }
        Path folder = resume != null ? resume : out != null ? out : Path.of("results", baseName(scenarios.get(0)));
        if (posteriorDraws != null && posterior == null) {
            throw new UsageException("--posterior-draws needs --posterior FILE");
        }
        if (posteriorDraws != null && posteriorDraws < 1) {
            throw new UsageException("--posterior-draws must be at least 1, not " + posteriorDraws);
        }
        List<RunSummary> outcomes = Workflows.batch(scenarios, replications, seed,
                threads.threads(), folder, force, force, resume != null, quiet,
                spec.commandLine().getErr(), (plan, staging) -> { }, posterior,
                posteriorDraws == null ? 0 : posteriorDraws,
                cluster == null ? null : clusterOptions.settings(cluster, threads.threads()));
        spec.commandLine().getOut().println("Results in " + folder);
        spec.commandLine().getOut().println(Report.headline(outcomes));
        if (posterior != null) {
            List<String> lines = Workflows.posteriorLines(org.detente.batch.BatchResults.read(folder));
            lines.forEach(spec.commandLine().getOut()::println);
            if (lines.isEmpty()) {
                spec.commandLine().getOut().println("Parameter uncertainty cannot be told from chance with one run per"
                        + " parameter set: give --posterior-draws M with at least 2 M replications.");
            }
        }
        return Main.OK;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
