package org.detente.analysis;

/**
 * Statistics of one scenario's per-run outcomes, accumulated as runs finish. Mergeable.
 */
public final class RunStatistics implements java.io.Serializable {

    private static final long serialVersionUID = 3L; // 3: counts crises between any pair

    private long runs;
    private long crises;
    private long anyPairCrises;
    private final Moments peakRung = new Moments();
    private final Moments escalationScore = new Moments();
    private final Moments misperceptions = new Moments();
    private final Moments firstCrisisDay = new Moments();

    /**
     * Adds one run's outcome: {@code crisis} between the scenario's crisis dyads (its headline),
     * {@code firstCrisisDay} negative when there was none, and {@code anyPairCrisis} whether any
     * pair of actors reached one.
     */
    public void add(boolean crisis, int firstCrisisDay, boolean anyPairCrisis, int peakRung, double escalationScore,
                    int misperceptions) {
        runs++;
        anyPairCrises += anyPairCrisis ? 1 : 0;
        if (crisis) {
            crises++;
            this.firstCrisisDay.add(firstCrisisDay);
        }
        this.peakRung.add(peakRung);
        this.escalationScore.add(escalationScore);
        this.misperceptions.add(misperceptions);
    }

    /** Adds everything another accumulator has seen. */
    public void merge(RunStatistics other) {
        runs += other.runs;
        crises += other.crises;
        anyPairCrises += other.anyPairCrises;
        peakRung.merge(other.peakRung);
        escalationScore.merge(other.escalationScore);
        misperceptions.merge(other.misperceptions);
        firstCrisisDay.merge(other.firstCrisisDay);
    }

    /** An immutable snapshot. */
    public RunSummary summary(String scenario) {
        return new RunSummary(scenario, runs, crises, Intervals.wilson(crises, runs, Intervals.LEVEL),
                peakRung.mean(), escalationScore.mean(),
                Intervals.mean(escalationScore.mean(), escalationScore.sd(), escalationScore.n(), Intervals.LEVEL),
                misperceptions.mean(), firstCrisisDay.mean(), anyPairCrises,
                Intervals.wilson(anyPairCrises, runs, Intervals.LEVEL));
    }
}
