package org.detente.analysis;

/**
 * The headline outcomes of one scenario's runs.
 *
 * @param scenario            scenario name
 * @param runs                number of runs
 * @param crises              runs that reached a crisis
 * @param crisisInterval      Wilson 95% interval of the crisis probability
 * @param meanPeakRung        mean of the highest rung reached
 * @param meanEscalationScore mean cumulative escalation score
 * @param escalationInterval  t 95% interval of the mean escalation score
 * @param meanMisperceptions  mean number of misperceived signals
 * @param meanFirstCrisisDay  mean first crisis day among runs with a crisis (NaN if none)
 * @param usRussiaRuns        runs of a scenario with both the US and Russia (0 when it lacks either)
 * @param usRussiaCrises      runs in which the US-Russia pair reached a crisis (the headline without allies)
 * @param usRussiaInterval    Wilson 95% interval of that probability
 */
public record RunSummary(String scenario, long runs, long crises, Intervals.Interval crisisInterval,
                         double meanPeakRung, double meanEscalationScore, Intervals.Interval escalationInterval,
                         double meanMisperceptions, double meanFirstCrisisDay, long usRussiaRuns, long usRussiaCrises,
                         Intervals.Interval usRussiaInterval) {

    /** The share of runs that reached a crisis. */
    public double crisisProbability() {
        return runs == 0 ? Double.NaN : (double) crises / runs;
    }

    /** The share of runs in which the US-Russia pair reached a crisis; NaN if the scenario lacks either. */
    public double usRussiaProbability() {
        return usRussiaRuns == 0 ? Double.NaN : (double) usRussiaCrises / usRussiaRuns;
    }

    /** The same outcomes under another name (a comparison's label for the scenario). */
    public RunSummary named(String name) {
        return new RunSummary(name, runs, crises, crisisInterval, meanPeakRung, meanEscalationScore, escalationInterval,
                meanMisperceptions, meanFirstCrisisDay, usRussiaRuns, usRussiaCrises, usRussiaInterval);
    }
}
