package org.detente.batch;

import java.util.List;

/**
 * What a batch runs: every scenario for the same replications and seeds.
 *
 * @param scenarios    the compiled scenarios, in output order
 * @param replications replications per scenario, at least 1
 * @param masterSeed   the experiment's 64-bit master seed
 * @param threads      worker threads, at least 1 (results do not depend on it)
 * @param blockSize    replications per block, the unit of work ({@link Block}); results depend on it only
 *                     in the last bits of merged statistics, and it is recorded in the manifest
 */
public record BatchPlan(List<CompiledScenario> scenarios, int replications, long masterSeed, int threads,
                        int blockSize) {

    /** Replications per block unless a plan says otherwise. */
    public static final int DEFAULT_BLOCK_SIZE = 100;

    /** A plan with the default block size. */
    public BatchPlan(List<CompiledScenario> scenarios, int replications, long masterSeed, int threads) {
        this(scenarios, replications, masterSeed, threads, DEFAULT_BLOCK_SIZE);
    }

    public BatchPlan {
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be >= 1 but was " + blockSize);
        }
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

    /** Blocks per cell. */
    public int blocksPerCell() {
        return (replications + blockSize - 1) / blockSize;
    }

    /** Blocks in the batch, cell by cell. */
    public long totalBlocks() {
        return (long) scenarios.size() * blocksPerCell();
    }

    /** The block with this index in the batch's order (cell by cell, block by block). */
    public Block block(long index) {
        return new Block((int) (index / blocksPerCell()), (int) (index % blocksPerCell()));
    }

    /** The runs before block {@code index}. */
    public long runsBefore(long index) {
        Block b = block(index);
        return (long) b.cell() * replications + b.firstReplication(blockSize);
    }

    /**
     * The index of the block that begins at run {@code runs} (runs counted cell by cell);
     * a batch resumes there, since it records only whole blocks.
     */
    public long blockStartingAt(long runs) {
        if (runs == totalRuns()) {
            return totalBlocks();
        }
        long cell = runs / replications;
        long within = runs % replications;
        if (runs < 0 || runs > totalRuns() || within % blockSize != 0) {
            throw new IllegalArgumentException(runs + " runs is not the end of a block");
        }
        return cell * blocksPerCell() + within / blockSize;
    }
}
