package org.detente.analysis;

/**
 * One run's outcome, as {@code runs.csv} records it, for comparisons that need every run
 * (survival curves, rank tests, paired differences).
 *
 * @param label           scenario (and design point) label
 * @param replication     replication number: runs of two scenarios with the same number share their seed
 *                        when their batches had the same master seed
 * @param firstCrisisDay  first day in crisis, or -1 (censored at the horizon)
 * @param peakRung        highest rung reached
 * @param escalationScore cumulative escalation score
 * @param seed            the run's seed ({@code runs.csv}'s {@code seed}): pairs of runs share it or are not pairs
 */
public record RunOutcome(String label, int replication, int firstCrisisDay, int peakRung, double escalationScore,
                         long seed) {

    /** A run whose seed is its replication number (for tests and analyses within one batch). */
    public RunOutcome(String label, int replication, int firstCrisisDay, int peakRung, double escalationScore) {
        this(label, replication, firstCrisisDay, peakRung, escalationScore, replication);
    }

    /** Whether the run reached a crisis by day {@code day} (inclusive). */
    public boolean crisisBy(int day) {
        return firstCrisisDay >= 0 && firstCrisisDay <= day;
    }
}
