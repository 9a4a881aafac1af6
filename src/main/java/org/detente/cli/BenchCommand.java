package org.detente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.detente.batch.Benchmark;
import org.detente.batch.CompiledScenario;
import org.detente.batch.ScenarioCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code detente bench}: how fast runs go. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure runs per second on one thread and on all threads.",
                "Measures a scenario (default: the shipped baseline): runs per second on one",
                "thread and on all threads, CPU time per run, the cost of MASON's schedule",
                "against the same model logic in a plain loop, and the speed-up a CPU-bound",
                "reference loop gets on the same machine. After a warm-up (three seconds by",
                "default), each figure is the median of seven trials; the speed-up and the MASON",
                "ratio are taken within each trial (MASON and plain runs interleaved)."},
        footer = {"", "Examples:",
                "  detente bench",
                "  detente bench --json",
                "  detente bench scenarios/escalation.yaml --runs 5000 --threads 2",
                "  detente bench -q --runs 5000"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: the shipped scenarios/baseline.yaml).")
    Path scenario;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "2000",
            description = "Runs per trial and measurement; each figure is the median of seven trials (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "3",
            description = "Seconds of runs before measuring, so the JIT has compiled the model (default: ${DEFAULT-VALUE}).")
    double warmUp;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--json", description = "Print one JSON object instead of text (and no progress output).")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (runs < 10) {
            throw new UsageException("--runs must be at least 10, not " + runs);
        }
        if (!(warmUp >= 0 && warmUp <= 600)) {
            throw new UsageException("--warm-up must lie in [0, 600] seconds, not " + warmUp);
        }
        Path file = scenario != null ? scenario : Workflows.shippedScenarios().resolve("baseline.yaml");
        CompiledScenario compiled = new ScenarioCompiler().compile(file);
        int t = threads.threads();
        Benchmark.Result r = Benchmark.run(compiled, runs, t, warmUp, ProgressLine.of(spec.commandLine().getErr(),
                quiet || json));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode();
            node.put("scenario", r.scenario());
            node.put("runs", r.runs());
            node.put("horizon_days", compiled.scenario().horizonDays());
            node.put("runs_per_second_1_thread", round(r.runsPerSecondOne()));
            node.put("runs_per_second_all_threads", round(r.runsPerSecondAll()));
            node.put("threads", r.threads());
            node.put("speedup", round(r.speedup()));
            node.put("cpu_ms_per_run", round(r.cpuMillisPerRun()));
            node.put("plain_cpu_ms_per_run", round(r.plainCpuMillisPerRun()));
            node.put("mason_over_plain_ratio", round(r.masonOverPlain()));
            node.put("reference_speedup", round(r.referenceSpeedup()));
            out.println(mapper.writeValueAsString(node));
        } else {
            out.printf(Locale.ROOT, "%s, %d days, %,d runs per measurement%n", r.scenario(),
                    compiled.scenario().horizonDays(), r.runs());
            out.printf(Locale.ROOT, "  1 thread:   %,8.0f runs/s   (%.3f ms CPU per run)%n", r.runsPerSecondOne(),
                    r.cpuMillisPerRun());
            out.printf(Locale.ROOT, "  %d threads: %,8.0f runs/s   (%.2fx one thread; a CPU-bound reference loop: %.2fx)%n",
                    r.threads(), r.runsPerSecondAll(), r.speedup(), r.referenceSpeedup());
            out.printf(Locale.ROOT, "  MASON schedule over plain loop: %.3f (plain loop %.3f ms CPU per run)%n",
                    r.masonOverPlain(), r.plainCpuMillisPerRun());
        }
        return Main.OK;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
