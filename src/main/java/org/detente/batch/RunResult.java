package org.detente.batch;

import java.util.Map;
import org.detente.model.ModelEvent;

/**
 * What one run produced: its identity, its outcome and its daily series.
 *
 * @param scenario               scenario name
 * @param designPoint            design point (0 without a design)
 * @param replication            0-based replication number
 * @param seed                   the run's 64-bit seed
 * @param firstCrisisDay         first day a crisis dyad of the scenario was in crisis (the headline), or -1
 * @param firstAnyPairCrisisDay  first day any pair of actors was in crisis, or -1
 * @param peakRung               highest rung a crisis dyad reached
 * @param escalationScore        sum of the escalation-score weights of every signal sent
 * @param misperceptions         delivered signals perceived in another direction or rung than intended
 * @param inadvertentEscalations rung increases caused by signals intended as non-hostile
 * @param meanGoldstein          mean Goldstein weight of the signals sent (NaN if none)
 * @param signals                signals sent
 * @param votes                  Security Council votes held, by event id
 * @param acts                   the counterspace acts sent (see {@link Act#counterspace}), in order
 * @param daily                  daily series, indexed by metric ordinal then day
 * @param bins                   the daily values' histogram bins, computed where the run ran
 */
public record RunResult(String scenario, int designPoint, int replication, long seed, int firstCrisisDay,
                        int firstAnyPairCrisisDay, int peakRung,
                        double escalationScore, int misperceptions, int inadvertentEscalations,
                        double meanGoldstein, int signals, Map<String, ModelEvent.VoteHeld> votes,
                        java.util.List<Act> acts, double[][] daily, int[][] bins) implements java.io.Serializable {

    /**
     * A counterspace act: a material act at rung 3 or above of the ladder (an inspector
     * satellite's approach, an anti-satellite test, jamming, attack), the kind of act recorded
     * in counterspace event data and scored against it.
     *
     * @param day      day sent
     * @param sender   who acted
     * @param receiver toward whom
     * @param signal   the signal id ({@code inspector_deployment}, ...)
     */
    public record Act(int day, String sender, String receiver, String signal) implements java.io.Serializable {

        /** Whether a signal is a counterspace act. */
        public static boolean counterspace(org.detente.model.SignalType type) {
            return type.material() && type.rung() >= 3;
        }
    }

    /** Counterspace acts sent by {@code sender}. */
    public long actsBy(String sender) {
        return acts.stream().filter(a -> a.sender().equals(sender)).count();
    }

    /** Whether the run reached a crisis. */
    public boolean crisis() {
        return firstCrisisDay >= 0;
    }

    /** The same result without its daily series, once they have been folded into statistics. */
    public RunResult withoutDaily() {
        return new RunResult(scenario, designPoint, replication, seed, firstCrisisDay, firstAnyPairCrisisDay, peakRung,
                escalationScore, misperceptions, inadvertentEscalations, meanGoldstein, signals, votes, acts, null, null);
    }

    /** Whether any pair of actors reached a crisis. */
    public boolean anyPairCrisis() {
        return firstAnyPairCrisisDay >= 0;
    }
}
