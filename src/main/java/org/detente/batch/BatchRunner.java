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

        /** Progress with a detail for the line (each member's runs per second, say), asked for only when shown. */
        default void update(long done, long total, java.util.function.Supplier<String> detail) {
            update(done, total);
        }
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
        long chunks = (end - start + chunk - 1) / chunk;
        long[] done = {start};
        inOrder(threads, threads * 4, "detente-run-", chunks, k -> {
            long from = start + k * chunk;
            return () -> runChunk(plan, from, Math.min(end, from + chunk));
        }, results -> {
            for (RunResult result : results) {
                consumer.accept(result);
                progress.update(++done[0], end);
            }
        });
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
        long end = plan.totalBlocks();
        long[] runsDone = {startBlock >= end ? plan.totalRuns() : plan.runsBefore(startBlock)};
        inOrder(threads, threads * 2 + 1, "detente-block-", Math.max(0, end - startBlock), k -> {
            Block block = plan.block(startBlock + k);
            return () -> Block.run(plan, block);
        }, result -> {
            consumer.accept(result);
            runsDone[0] += result.rows().size();
            progress.update(runsDone[0], plan.totalRuns());
        });
    }

    /** Takes a task's result, in task order. */
    @FunctionalInterface
    private interface InOrder<T> {
        void accept(T result) throws Exception;
    }

    /**
     * Runs tasks 0 to {@code count} - 1 on a pool of {@code threads} and hands their results to
     * {@code consumer} in task order, keeping at most {@code window} tasks submitted and not yet
     * consumed, so memory does not grow with the number of tasks.
     */
    private static <T> void inOrder(int threads, int window, String name, long count,
                                    java.util.function.LongFunction<java.util.concurrent.Callable<T>> task,
                                    InOrder<T> consumer) throws Exception {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, name + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<T>> pending = new ArrayDeque<>();
            long submitted = 0;
            for (long done = 0; done < count; done++) {
                while (submitted < count && pending.size() < window) {
                    pending.add(pool.submit(task.apply(submitted++)));
                }
                T result;
                try {
                    result = pending.removeFirst().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                consumer.accept(result);
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
