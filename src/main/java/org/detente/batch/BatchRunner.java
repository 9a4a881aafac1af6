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
 * runs waits for its turn, so memory does not grow with the number of replications.
 */
public final class BatchRunner {

    /** Receives results in order. */
    @FunctionalInterface
    public interface ResultConsumer {
        void accept(RunResult result) throws Exception;
    }

    /** Told how far the batch has come. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

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

    /** Runs the plan's runs with indices from {@code start} (inclusive) to {@code end} (exclusive). */
    static void run(BatchPlan plan, long start, long end, ResultConsumer consumer, Progress progress) throws Exception {
        long total = end;
        int window = plan.threads() * 32;
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads(), task -> {
            Thread thread = new Thread(task, "detente-run-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<RunResult>> pending = new ArrayDeque<>();
            long submitted = start;
            long done = start;
            while (done < total) {
                while (submitted < total && pending.size() < window) {
                    CompiledScenario scenario = plan.scenarios().get((int) (submitted / plan.replications()));
                    int replication = (int) (submitted % plan.replications());
                    long seed = Runs.replicationSeed(plan.masterSeed(), replication);
                    pending.add(pool.submit(() -> Runs.run(scenario, replication, seed)));
                    submitted++;
                }
                RunResult result;
                try {
                    result = pending.removeFirst().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                consumer.accept(result);
                done++;
                progress.update(done, total);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
