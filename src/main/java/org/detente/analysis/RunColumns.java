package org.detente.analysis;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Every run of one scenario (or design point) as columns of primitives, about 25 bytes a run
 * rather than an object each: {@code compare} holds 3 x 100,000 runs in a few megabytes.
 * It reads as an unmodifiable list of {@link RunOutcome}s, made on demand, and finds a run
 * by its replication number in constant time when the numbers are dense (as a batch writes
 * them), by binary search otherwise.
 */
public final class RunColumns extends AbstractList<RunOutcome> implements RandomAccess {

    private final String label;
    private final int[] replication;
    private final int[] firstCrisisDay;
    private final byte[] peakRung;
    private final double[] escalationScore;
    private final long[] seed;
    /** Row of replication r (-1 if absent), when the replication numbers are dense from 0; else null. */
    private final int[] rowOfReplication;
    /** Rows ordered by replication, for the binary search of sparse numbers; else null. */
    private final int[] rowsByReplication;

    private RunColumns(String label, int[] replication, int[] firstCrisisDay, byte[] peakRung,
                       double[] escalationScore, long[] seed) {
        this.label = label;
        this.replication = replication;
        this.firstCrisisDay = firstCrisisDay;
        this.peakRung = peakRung;
        this.escalationScore = escalationScore;
        this.seed = seed;
        int max = -1;
        boolean nonNegative = true;
        for (int r : replication) {
            max = Math.max(max, r);
            nonNegative &= r >= 0;
        }
        if (nonNegative && max < 2L * replication.length + 16) {
            rowOfReplication = new int[max + 1];
            Arrays.fill(rowOfReplication, -1);
            for (int i = 0; i < replication.length; i++) {
                rowOfReplication[replication[i]] = i;
            }
            rowsByReplication = null;
        } else {
            rowOfReplication = null;
            rowsByReplication = java.util.stream.IntStream.range(0, replication.length).boxed()
                    .sorted(java.util.Comparator.comparingInt(i -> replication[i])).mapToInt(Integer::intValue)
                    .toArray();
        }
    }

    @Override
    public RunOutcome get(int i) {
        return new RunOutcome(label, replication[i], firstCrisisDay[i], peakRung[i], escalationScore[i], seed[i]);
    }

    @Override
    public int size() {
        return replication.length;
    }

    /** The same runs under another label. */
    public RunColumns labelled(String newLabel) {
        return new RunColumns(newLabel, replication, firstCrisisDay, peakRung, escalationScore, seed);
    }

    /** The row of a replication number, or -1 if no run has it. */
    public int rowOf(int replicationNumber) {
        if (rowOfReplication != null) {
            return replicationNumber >= 0 && replicationNumber < rowOfReplication.length
                    ? rowOfReplication[replicationNumber] : -1;
        }
        int lo = 0;
        int hi = rowsByReplication.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = replication[rowsByReplication[mid]];
            if (r < replicationNumber) {
                lo = mid + 1;
            } else if (r > replicationNumber) {
                hi = mid - 1;
            } else {
                return rowsByReplication[mid];
            }
        }
        return -1;
    }

    /** Columns of any list of runs (a copy; itself if it already is one). */
    public static RunColumns of(java.util.List<RunOutcome> runs) {
        if (runs instanceof RunColumns columns) {
            return columns;
        }
        Builder b = new Builder();
        runs.forEach(b::add);
        return b.build(runs.isEmpty() ? "" : runs.get(0).label());
    }

    /** Collects runs one at a time, growing its arrays by half each time they fill. */
    public static final class Builder {

        private int n;
        private int[] replication = new int[64];
        private int[] firstCrisisDay = new int[64];
        private byte[] peakRung = new byte[64];
        private double[] escalationScore = new double[64];
        private long[] seed = new long[64];

        /** Adds a run. */
        public void add(int replicationNumber, int firstDay, int peak, double score, long runSeed) {
            if (n == replication.length) {
                int capacity = n + (n >> 1);
                replication = Arrays.copyOf(replication, capacity);
                firstCrisisDay = Arrays.copyOf(firstCrisisDay, capacity);
                peakRung = Arrays.copyOf(peakRung, capacity);
                escalationScore = Arrays.copyOf(escalationScore, capacity);
                seed = Arrays.copyOf(seed, capacity);
            }
            if (peak < Byte.MIN_VALUE || peak > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("peak rung " + peak + " out of range");
            }
            replication[n] = replicationNumber;
            firstCrisisDay[n] = firstDay;
            peakRung[n] = (byte) peak;
            escalationScore[n] = score;
            seed[n] = runSeed;
            n++;
        }

        /** Adds a run. */
        public void add(RunOutcome r) {
            add(r.replication(), r.firstCrisisDay(), r.peakRung(), r.escalationScore(), r.seed());
        }

        /** The columns collected, trimmed to size. */
        public RunColumns build(String label) {
            return new RunColumns(label, Arrays.copyOf(replication, n), Arrays.copyOf(firstCrisisDay, n),
                    Arrays.copyOf(peakRung, n), Arrays.copyOf(escalationScore, n), Arrays.copyOf(seed, n));
        }
    }
}
