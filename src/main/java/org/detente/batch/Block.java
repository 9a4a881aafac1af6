package org.detente.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.detente.analysis.RunStatistics;
import org.detente.analysis.TimeseriesStatistics;

/**
 * The unit of work of a batch: one cell (a scenario, or one design point of it) and one block
 * of its replications. The block size is part of the plan ({@link BatchPlan#blockSize()}), so
 * the blocks, and what each computes, are the same whoever runs them; their results are merged
 * left to right, cell by cell, in block order. A batch therefore writes the same bytes on any
 * number of threads, and would on any number of machines: no result depends on which worker
 * ran which block or when it finished.
 *
 * @param cell  the cell's index in the plan
 * @param index the block's index within the cell
 */
public record Block(int cell, int index) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The first replication of this block under a block size. */
    public int firstReplication(int blockSize) {
        return index * blockSize;
    }

    /** The replications after the last of this block. */
    public int endReplication(int blockSize, int replications) {
        return Math.min(replications, (index + 1) * blockSize);
    }

    /**
     * What one block computed: its runs' rows (without their daily series, already folded in)
     * and its accumulators, ready to merge into its cell's.
     *
     * @param block    which block
     * @param rows     the runs' results in replication order, for {@code runs.csv}
     * @param daily    per-day accumulators of the block's runs (null when the cell keeps no daily series)
     * @param outcomes per-run outcome accumulators of the block's runs
     */
    public record Result(Block block, List<RunResult> rows, TimeseriesStatistics daily, RunStatistics outcomes)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** Runs a block of the plan. */
    public static Result run(BatchPlan plan, Block block) {
        CompiledScenario cell = plan.scenarios().get(block.cell());
        TimeseriesStatistics daily = cell.keepsDaily() ? new TimeseriesStatistics(cell.scenario().horizonDays()) : null;
        RunStatistics outcomes = new RunStatistics();
        List<RunResult> rows = new ArrayList<>();
        int end = block.endReplication(plan.blockSize(), plan.replications());
        for (int r = block.firstReplication(plan.blockSize()); r < end; r++) {
            RunResult result = Runs.run(cell, r, cell.seed(plan.masterSeed(), r, plan.replications()));
            if (daily != null) {
                daily.add(result.daily(), result.bins());
            }
            outcomes.add(result.crisis(), result.firstCrisisDay(), result.anyPairCrisis(), result.peakRung(),
                    result.escalationScore(), result.misperceptions());
            rows.add(result.withoutDaily());
        }
        return new Result(block, rows, daily, outcomes);
    }
}
