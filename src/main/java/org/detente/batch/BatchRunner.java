package org.detente.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a batch on a thread pool and hands the results to a consumer one at a time, in a
 * fixed order (scenario, then replication) whatever order the runs finish in, so every
 * output is the same for any number of threads. At most a bounded window of finished
 * runs (four chunks a thread) waits for its turn, so memory does not grow with the number
 * of replications.
 */
public final class BatchRunner {

    /** Receives results in order. */
    @FunctionalInterface
    public interface ResultConsumer {
        void accept(RunResult result) throws Exception;
    }

    /** Receives block results in order. */
    @FunctionalInterface
    public interface BlockConsumer {
        void accept(Block.Result block) throws Exception;
    }

    /** Told how far the batch has come. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** The most runs a worker takes at once. */
    private static final int MAX_CHUNK = 32;

    private BatchRunner() {
    }

    /**
     * Runs every replication of every scenario of the plan.
     *
     * @throws Exception the first failure of a run or of the consumer; the batch stops there
     */
    public static void run(BatchPlan plan, ResultConsumer consumer, Progress progress) throws Exception {
        run(plan, 0, consumer, progress);
    }

    /**
     * Runs the plan's runs from index {@code start} on (runs are numbered scenario by
     * scenario, replication within scenario), for resuming an interrupted batch.
     */
    public static void run(BatchPlan plan, long start, ResultConsumer consumer, Progress progress) throws Exception {
        run(plan, start, plan.totalRuns(), consumer, progress);
    }

    /**
     * Runs the plan's runs with indices from {@code start} (inclusive) to {@code end} (exclusive).
     * Workers take consecutive runs in chunks (a few dozen at most), so the thread that
     * consumes results wakes once a chunk rather than once a run; which runs share a chunk
     * changes nothing in any result.
     */
    static void run(BatchPlan plan, long start, long end, ResultConsumer consumer, Progress progress) throws Exception {
        int threads = plan.threads();
        int chunk = (int) Math.max(1, Math.min(MAX_CHUNK, (end - start) / (threads * 32L)));
        int window = threads * 4;
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "detente-run-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<RunResult[]>> pending = new ArrayDeque<>();
            long submitted = start;
            long done = start;
            while (done < end) {
                while (submitted < end && pending.size() < window) {
                    long from = submitted;
                    long to = Math.min(end, submitted + chunk);
                    pending.add(pool.submit(() -> runChunk(plan, from, to)));
                    submitted = to;
                }
                RunResult[] results;
                try {
                    results = pending.removeFirst().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                for (RunResult result : results) {
                    consumer.accept(result);
                    done++;
                    progress.update(done, end);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs the plan's blocks from index {@code startBlock} on, on the plan's threads, and hands
     * their results to the consumer in block order (cell by cell), whatever order they finish
     * in; a bounded window of finished blocks waits for its turn. This is how a batch runs:
     * what it writes depends on the blocks, not on the threads.
     *
     * @throws Exception the first failure of a block or of the consumer; the batch stops there
     */
    public static void runBlocks(BatchPlan plan, long startBlock, BlockConsumer consumer, Progress progress)
            throws Exception {
        int threads = plan.threads();
        int window = threads * 2 + 1;
        long end = plan.totalBlocks();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "detente-block-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Block.Result>> pending = new ArrayDeque<>();
            long submitted = startBlock;
            long done = startBlock;
            long runsDone = startBlock >= end ? plan.totalRuns() : plan.runsBefore(startBlock);
            while (done < end) {
                while (submitted < end && pending.size() < window) {
                    Block block = plan.block(submitted++);
                    pending.add(pool.submit(() -> Block.run(plan, block)));
                }
                Block.Result result;
                try {
                    result = pending.removeFirst().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                consumer.accept(result);
                done++;
                runsDone += result.rows().size();
                progress.update(runsDone, plan.totalRuns());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs with indices {@code from} (inclusive) to {@code to} (exclusive), in order. */
    private static RunResult[] runChunk(BatchPlan plan, long from, long to) {
        RunResult[] results = new RunResult[(int) (to - from)];
        for (long i = from; i < to; i++) {
            CompiledScenario scenario = plan.scenarios().get((int) (i / plan.replications()));
            int replication = (int) (i % plan.replications());
            results[(int) (i - from)] = Runs.run(scenario, replication,
                    scenario.seed(plan.masterSeed(), replication, plan.replications()));
        }
        return results;
    }
}
