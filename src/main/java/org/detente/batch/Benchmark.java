package org.detente.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Measures how fast runs go: runs per second on one thread and on all, CPU time per run,
 * and the cost of MASON's schedule against the same model logic in a plain loop.
 *
 * <p>After a warm-up (three seconds from the command line, so the JIT has compiled the model), it
 * takes {@value #TRIALS} trials of {@code runs} replications each, in segments of
 * {@value #SEGMENT}: each segment runs on this thread MASON-scheduled and in the plain
 * loop, interleaved in blocks of {@value #BLOCK} (the same seeds for both, the order
 * alternating), then the same replications through the batch runner on all threads.
 * Machines drift in speed from second to second (virtual machines especially), so the
 * measurements that are compared are interleaved finely and the two ratios are taken
 * within each trial; every figure reported is the median over trials.
 */
public final class Benchmark {

    private static final int TRIALS = 7;
    private static final int BLOCK = 50;
    private static final int SEGMENT = 250;

    /** Where the reference loop leaves its sum. */
    private static volatile long referenceSink;

    /**
     * What the benchmark measured: medians over trials.
     *
     * @param scenario              scenario name
     * @param runsPerSecondOne      runs per second on one thread (wall clock, MASON-scheduled)
     * @param runsPerSecondAll      runs per second on all threads (wall clock, through the batch runner)
     * @param threads               threads used for the second figure
     * @param speedup               all threads over one thread, within a trial
     * @param cpuMillisPerRun       CPU time of one run on one thread, MASON-scheduled
     * @param plainCpuMillisPerRun  CPU time of one run in the plain loop
     * @param masonOverPlain        CPU time MASON-scheduled over plain loop, within a trial
     * @param referenceSpeedup      all threads over one thread for a CPU-bound reference loop
     *                              (no allocation, no shared state): what the machine allows
     * @param runs                  runs per trial and measurement
     */
    public record Result(String scenario, double runsPerSecondOne, double runsPerSecondAll, int threads,
                         double speedup, double cpuMillisPerRun, double plainCpuMillisPerRun,
                         double masonOverPlain, double referenceSpeedup, int runs) {
    }

    private Benchmark() {
    }

    /**
     * Runs the benchmark with {@code runs} runs per trial and measurement, after running
     * the model for {@code warmUpSeconds} so the JIT has compiled it.
     */
    public static Result run(CompiledScenario scenario, int runs, int threads, double warmUpSeconds,
                             BatchRunner.Progress progress) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long seed = 1;
        // Warm up everything that is measured (the runs both ways, the batch runner on all
        // threads, the reference loop), so the JIT compiles none of it during the trials.
        long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        while (System.nanoTime() < warmUpEnd) {
            for (int r = 0; r < BLOCK; r++) {
                Runs.run(scenario, r, Runs.replicationSeed(seed, r));
                Runs.runPlain(scenario, r, Runs.replicationSeed(seed, r));
            }
            BatchRunner.run(new BatchPlan(List.of(scenario), 2 * BLOCK, seed, threads), result -> { },
                    BatchRunner.Progress.NONE);
            referenceLoop(0, 1_000_000);
            parallelReference(1_000_000, threads);
        }
        double[] wallOne = new double[TRIALS];
        double[] wallAll = new double[TRIALS];
        double[] cpuMason = new double[TRIALS];
        double[] cpuPlain = new double[TRIALS];
        double[] speedup = new double[TRIALS];
        double[] overhead = new double[TRIALS];
        double[] reference = new double[TRIALS];
        long referenceWork = referenceCalibration(scenario);
        long total = 3L * TRIALS * runs;
        long done = 0;
        for (int t = 0; t < TRIALS; t++) {
            long trialSeed = seed + t;
            long wall = 0;
            long wallThreads = 0;
            long masonCpu = 0;
            long plainCpu = 0;
            long referenceOne = 0;
            long referenceAll = 0;
            for (int segment = 0; segment < runs; segment += SEGMENT) {
                int segmentEnd = Math.min(runs, segment + SEGMENT);
                for (int from = segment, b = 0; from < segmentEnd; from += BLOCK, b++) {
                    int to = Math.min(segmentEnd, from + BLOCK);
                    boolean plainFirst = b % 2 == 1; // alternate, so neither side always runs second
                    if (plainFirst) {
                        plainCpu += plainBlock(scenario, trialSeed, from, to, cpu);
                    }
                    long[] m = masonBlock(scenario, trialSeed, from, to, cpu);
                    wall += m[0];
                    masonCpu += m[1];
                    if (!plainFirst) {
                        plainCpu += plainBlock(scenario, trialSeed, from, to, cpu);
                    }
                }
                BatchPlan plan = new BatchPlan(List.of(scenario), segmentEnd, trialSeed, threads);
                long a0 = System.nanoTime();
                BatchRunner.run(plan, segment, segmentEnd, result -> { }, BatchRunner.Progress.NONE);
                wallThreads += System.nanoTime() - a0;
                long r0 = System.nanoTime();
                referenceLoop(0, referenceWork);
                long r1 = System.nanoTime();
                parallelReference(referenceWork, threads);
                referenceOne += r1 - r0;
                referenceAll += System.nanoTime() - r1;
                done += 3L * (segmentEnd - segment);
                progress.update(done, total);
            }
            wallOne[t] = wall / 1e9;
            wallAll[t] = wallThreads / 1e9;
            cpuMason[t] = masonCpu / 1e6 / runs;
            cpuPlain[t] = plainCpu / 1e6 / runs;
            overhead[t] = (double) masonCpu / plainCpu;
            speedup[t] = wallOne[t] / wallAll[t];
            reference[t] = (double) referenceOne / referenceAll;
        }
        return new Result(scenario.name(), runs / median(wallOne), runs / median(wallAll), threads,
                median(speedup), median(cpuMason), median(cpuPlain), median(overhead), median(reference), runs);
    }

    /** Wall and CPU nanoseconds of MASON-scheduled runs {@code from} to {@code to}. */
    private static long[] masonBlock(CompiledScenario scenario, long seed, int from, int to, ThreadMXBean cpu) {
        long w0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        for (int r = from; r < to; r++) {
            Runs.run(scenario, r, Runs.replicationSeed(seed, r));
        }
        long c1 = cpu.getCurrentThreadCpuTime();
        return new long[] {System.nanoTime() - w0, c1 - c0};
    }

    /** CPU nanoseconds of the same runs in the plain loop. */
    private static long plainBlock(CompiledScenario scenario, long seed, int from, int to, ThreadMXBean cpu) {
        long c0 = cpu.getCurrentThreadCpuTime();
        for (int r = from; r < to; r++) {
            Runs.runPlain(scenario, r, Runs.replicationSeed(seed, r));
        }
        return cpu.getCurrentThreadCpuTime() - c0;
    }

    /**
     * The reference loop: SplitMix64 over a range of counters, summed. CPU-bound, no memory
     * traffic, nothing shared: all threads over one thread for it is the speed-up the
     * machine's cores give when software adds no bottleneck of its own.
     */
    static void referenceLoop(long from, long to) {
        long sum = 0;
        for (long i = from; i < to; i++) {
            sum += org.detente.model.RandomStreams.mix(i);
        }
        referenceSink = sum; // published, so the JIT cannot drop the loop as dead code
    }

    /** How many reference iterations take about as long as one segment's runs on one thread. */
    private static long referenceCalibration(CompiledScenario scenario) {
        long t0 = System.nanoTime();
        for (int r = 0; r < BLOCK; r++) {
            Runs.run(scenario, r, Runs.replicationSeed(0, r));
        }
        double segmentNanos = (System.nanoTime() - t0) * (double) SEGMENT / BLOCK;
        long probe = 10_000_000L;
        long p0 = System.nanoTime();
        referenceLoop(0, probe);
        double perIteration = Math.max(0.1, (System.nanoTime() - p0) / (double) probe);
        return Math.max(probe, (long) (segmentNanos / perIteration));
    }

    /** The reference loop's work split over {@code threads} threads. */
    private static void parallelReference(long work, int threads) throws InterruptedException {
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            long from = work * i / threads;
            long to = work * (i + 1) / threads;
            workers[i] = new Thread(() -> referenceLoop(from, to), "detente-reference-" + i);
            workers[i].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
