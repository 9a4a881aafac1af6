package org.detente.batch;

import java.util.List;

/**
 * What a batch runs: every scenario for the same replications and seeds.
 *
 * @param scenarios    the compiled scenarios, in output order
 * @param replications replications per scenario, at least 1
 * @param masterSeed   the experiment's 64-bit master seed
 * @param threads      worker threads, at least 1 (results do not depend on it)
 */
public record BatchPlan(List<CompiledScenario> scenarios, int replications, long masterSeed, int threads) {

    public BatchPlan {
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one scenario");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1 but was " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
        }
    }

    /** Total runs in the batch. */
    public long totalRuns() {
        return (long) scenarios.size() * replications;
    }
}
