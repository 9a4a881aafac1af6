package org.detente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code detente calibrate}: approximate Bayesian computation of model parameters. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit an experiment's model parameters to observed rates.",
                "Uses approximate Bayesian computation: the design's points are prior draws,",
                "each run for the experiment's replications; the draws whose runs come nearest",
                "the observed summary statistics are kept and regression-adjusted (Beaumont et",
                "al. 2002). Writes the batch's files, posterior.csv (an equally weighted sample",
                "a scenario can name under posterior:), posterior-accepted.csv,",
                "calibration.json, charts/ and report.html."},
        footer = {"", "Examples:",
                "  detente calibrate scenarios/calibration/calibrate-2008-2023.yaml",
                "  detente calibrate scenarios/calibration/calibrate-2008-2023.yaml \\",
                "      --out results/cal --force",
                "  detente calibrate scenarios/calibration/calibrate-2008-2023.yaml \\",
                "      --resume results/cal"})
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "An experiment with a design and a calibration"
            + " section.")
    Path experiment;

    @Option(names = "--seed", paramLabel = "N", description = "64-bit master seed (default: the experiment's, else "
            + Workflows.DEFAULT_SEED + ").")
    Long seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/calibration).")
    Path out;

    @Option(names = "--force", description = "Replace the results folder if it exists.")
    boolean force;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the interrupted calibration in DIR.")
    Path resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--cluster", paramLabel = "HOST:PORT,...", split = ",",
            description = "Run the prior draws across the cluster of these members (started with 'detente worker');"
                    + " the results are the same as on this machine (docs/cluster.md).")
    java.util.List<String> cluster;

    @picocli.CommandLine.Mixin
    ClusterOptions clusterOptions;

    @Override
    public Integer call() throws Exception {
        if (resume != null && out != null && !resume.equals(out)) {
            throw new UsageException("--resume names the results folder; drop --out or give the same folder");
        }
        if (resume != null && force) {
            throw new UsageException("--resume continues a calibration and --force starts over: choose one");
        }
        Path folder = resume != null ? resume : out != null ? out : Path.of("results", "calibration");
        String summary = Workflows.calibrate(experiment, seed, threads.threads(), folder, force, resume != null, quiet,
                spec.commandLine().getErr(), cluster == null ? null : clusterOptions.settings(cluster, threads.threads()));
        spec.commandLine().getOut().println("Results in " + folder);
        spec.commandLine().getOut().println(summary);
        return Main.OK;
    }
}
