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
 * @param anyPairCrises       runs in which any pair of actors reached a crisis (the headline counts the
 *                            scenario's crisis dyads only: by default the US and Russia)
 * @param anyPairInterval     Wilson 95% interval of that probability
 */
public record RunSummary(String scenario, long runs, long crises, Intervals.Interval crisisInterval,
                         double meanPeakRung, double meanEscalationScore, Intervals.Interval escalationInterval,
                         double meanMisperceptions, double meanFirstCrisisDay, long anyPairCrises,
                         Intervals.Interval anyPairInterval) {

    /** The share of runs that reached a crisis. */
    public double crisisProbability() {
        return runs == 0 ? Double.NaN : (double) crises / runs;
    }

    /** The share of runs in which any pair of actors reached a crisis. */
    public double anyPairProbability() {
        return runs == 0 ? Double.NaN : (double) anyPairCrises / runs;
    }

    /** The same outcomes under another name (a comparison's label for the scenario). */
    public RunSummary named(String name) {
        return new RunSummary(name, runs, crises, crisisInterval, meanPeakRung, meanEscalationScore, escalationInterval,
                meanMisperceptions, meanFirstCrisisDay, anyPairCrises, anyPairInterval);
    }
}
