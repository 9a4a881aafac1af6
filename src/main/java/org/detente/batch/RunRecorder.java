package org.detente.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.detente.analysis.DailyMetric;
import org.detente.model.EventSink;
import org.detente.model.ModelEvent;

/** Listens to one run and condenses it into a {@link RunResult}. */
final class RunRecorder implements EventSink {

    private final double[][] daily;
    private final Map<String, ModelEvent.VoteHeld> votes = new LinkedHashMap<>();
    private double escalationScore;
    private double goldsteinSum;
    private int signals;
    private int misperceptions;
    private int inadvertent;
    private int peakRung;
    private int firstCrisisDay = -1;

    RunRecorder(int horizon) {
        daily = new double[DailyMetric.values().length][horizon];
    }

    @Override
    public void accept(ModelEvent event) {
        if (event instanceof ModelEvent.SignalSent sent) {
            signals++;
            daily[DailyMetric.SIGNAL_MIX.get(sent.type().category().ordinal()).ordinal()][sent.day()]++;
            goldsteinSum += sent.type().goldstein();
            escalationScore += sent.type().category().weight();
        } else if (event instanceof ModelEvent.SignalDelivered delivered) {
            misperceptions += delivered.misperceived() ? 1 : 0;
            inadvertent += delivered.inadvertentEscalation() ? 1 : 0;
        } else if (event instanceof ModelEvent.VoteHeld vote) {
            votes.put(vote.id(), vote);
        } else if (event instanceof ModelEvent.DayEnded day) {
            int d = day.day();
            peakRung = Math.max(peakRung, day.maxRung());
            if (day.inCrisis() && firstCrisisDay < 0) {
                firstCrisisDay = d;
            }
            daily[DailyMetric.RUNG.ordinal()][d] = day.maxRung();
            daily[DailyMetric.POSTURE.ordinal()][d] = day.meanPosture();
            daily[DailyMetric.TRUST.ordinal()][d] = day.meanTrust();
            daily[DailyMetric.HOSTILITY.ordinal()][d] = day.meanHostility();
            daily[DailyMetric.ESCALATION_SCORE.ordinal()][d] = escalationScore;
            daily[DailyMetric.IN_CRISIS.ordinal()][d] = day.inCrisis() ? 1 : 0;
            daily[DailyMetric.CRISIS_BY_DAY.ordinal()][d] = firstCrisisDay >= 0 ? 1 : 0;
        }
    }

    RunResult result(String scenario, int designPoint, int replication, long seed) {
        return new RunResult(scenario, designPoint, replication, seed, firstCrisisDay, peakRung, escalationScore, misperceptions,
                inadvertent, signals == 0 ? Double.NaN : goldsteinSum / signals, signals, votes, daily,
                org.detente.analysis.TimeseriesStatistics.bins(daily));
    }
}
