package org.detente.analysis;

/**
 * Statistics of one scenario's per-run outcomes, accumulated as runs finish. Mergeable.
 */
public final class RunStatistics implements java.io.Serializable {

    private static final long serialVersionUID = 2L; // 2: counts US-Russia crises

    private long runs;
    private long crises;
    private long usRussiaRuns;
    private long usRussiaCrises;
    private final Moments peakRung = new Moments();
    private final Moments escalationScore = new Moments();
    private final Moments misperceptions = new Moments();
    private final Moments firstCrisisDay = new Moments();

    /**
     * Adds one run's outcome; {@code firstCrisisDay} is negative when there was no crisis, and
     * {@code usRussiaCrisis} whether the US-Russia pair reached one (null when the scenario
     * lacks either of them).
     */
    public void add(boolean crisis, int firstCrisisDay, Boolean usRussiaCrisis, int peakRung, double escalationScore,
                    int misperceptions) {
        runs++;
        if (usRussiaCrisis != null) {
            usRussiaRuns++;
            usRussiaCrises += usRussiaCrisis ? 1 : 0;
        }
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
        usRussiaRuns += other.usRussiaRuns;
        usRussiaCrises += other.usRussiaCrises;
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
                misperceptions.mean(), firstCrisisDay.mean(), usRussiaRuns, usRussiaCrises,
                Intervals.wilson(usRussiaCrises, usRussiaRuns, Intervals.LEVEL));
    }
}
