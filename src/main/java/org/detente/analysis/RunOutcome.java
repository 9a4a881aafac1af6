package org.detente.analysis;

/**
 * One run's outcome, as {@code runs.csv} records it, for comparisons that need every run
 * (survival curves, rank tests, paired differences).
 *
 * @param label           scenario (and design point) label
 * @param replication     replication number: runs of two scenarios with the same number share their seed
 * @param firstCrisisDay  first day in crisis, or -1 (censored at the horizon)
 * @param peakRung        highest rung reached
 * @param escalationScore cumulative escalation score
 */
public record RunOutcome(String label, int replication, int firstCrisisDay, int peakRung, double escalationScore) {

    /** Whether the run reached a crisis by day {@code day} (inclusive). */
    public boolean crisisBy(int day) {
        return firstCrisisDay >= 0 && firstCrisisDay <= day;
    }
}
