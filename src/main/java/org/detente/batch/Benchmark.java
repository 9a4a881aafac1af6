package org.detente.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Measures how fast runs go: runs per second on one thread and on all, CPU time per run,
 * and the cost of MASON's schedule against the same model logic in a plain loop. After a
 * warm-up of at least three seconds (so the JIT has compiled the model), each figure is
 * the median of five trials.
 */
public final class Benchmark {

    private static final int TRIALS = 5;
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    /**
     * What the benchmark measured.
     *
     * @param scenario              scenario name
     * @param runsPerSecondOne      runs per second on one thread (wall clock)
     * @param runsPerSecondAll      runs per second on all threads (wall clock)
     * @param threads               threads used for the second figure
     * @param cpuMillisPerRun       CPU time of one run on one thread, MASON-scheduled
     * @param plainCpuMillisPerRun  CPU time of one run in the plain loop
     * @param runs                  runs per trial
     */
    public record Result(String scenario, double runsPerSecondOne, double runsPerSecondAll, int threads,
                         double cpuMillisPerRun, double plainCpuMillisPerRun, int runs) {

        /** How many times faster all threads are than one. */
        public double speedup() {
            return runsPerSecondAll / runsPerSecondOne;
        }

        /** CPU time of a MASON-scheduled run over that of the plain loop. */
        public double masonOverPlain() {
            return cpuMillisPerRun / plainCpuMillisPerRun;
        }
    }

    private Benchmark() {
    }

    /** Runs the benchmark with {@code runs} runs per trial. */
    public static Result run(CompiledScenario scenario, int runs, int threads, BatchRunner.Progress progress)
            throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long seed = 1;
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        for (int r = 0; System.nanoTime() < warmUpEnd; r++) {
            Runs.run(scenario, r, Runs.replicationSeed(seed, r));
            Runs.runPlain(scenario, r, Runs.replicationSeed(seed, r));
        }
        double[] wallOne = new double[TRIALS];
        double[] cpuMason = new double[TRIALS];
        double[] cpuPlain = new double[TRIALS];
        double[] wallAll = new double[TRIALS];
        long total = 3L * TRIALS * runs;
        long done = 0;
        for (int t = 0; t < TRIALS; t++) {
            long w0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            for (int r = 0; r < runs; r++) {
                Runs.run(scenario, r, Runs.replicationSeed(seed + t, r));
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            wallOne[t] = (System.nanoTime() - w0) / 1e9;
            for (int r = 0; r < runs; r++) {
                Runs.runPlain(scenario, r, Runs.replicationSeed(seed + t, r));
            }
            long c2 = cpu.getCurrentThreadCpuTime();
            cpuMason[t] = (c1 - c0) / 1e6 / runs;
            cpuPlain[t] = (c2 - c1) / 1e6 / runs;
            done += 2L * runs;
            progress.update(done, total);
            BatchPlan plan = new BatchPlan(List.of(scenario), runs, seed + t, threads);
            long a0 = System.nanoTime();
            BatchRunner.run(plan, result -> { }, BatchRunner.Progress.NONE);
            wallAll[t] = (System.nanoTime() - a0) / 1e9;
            done += runs;
            progress.update(done, total);
        }
        return new Result(scenario.name(), runs / median(wallOne), runs / median(wallAll), threads,
                median(cpuMason), median(cpuPlain), runs);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
