package org.detente.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.detente.analysis.DailyMetric;
import org.detente.model.EventSink;
import org.detente.model.ModelEvent;
import org.detente.model.SignalType;

/** Listens to one run and condenses it into a {@link RunResult}. */
final class RunRecorder implements EventSink {

    /** The daily row of each escalation category's signal count, by category ordinal. */
    private static final int[] SIGNAL_MIX_ROWS = DailyMetric.SIGNAL_MIX.stream().mapToInt(Enum::ordinal).toArray();

    private final double[][] daily;
    private final Map<String, ModelEvent.VoteHeld> votes = new LinkedHashMap<>();
    private final java.util.List<RunResult.Act> acts = new java.util.ArrayList<>();
    private double escalationScore;
    private double goldsteinSum;
    private int signals;
    private int misperceptions;
    private int inadvertent;
    private int peakRung;
    private int firstCrisisDay = -1;
    private int firstAnyPairCrisisDay = -1;

    /**
     * @param horizon days the run lasts
     */
    RunRecorder(int horizon) {
        daily = new double[DailyMetric.values().length][horizon];
    }

    @Override
    public void accept(ModelEvent event) {
        if (event instanceof ModelEvent.SignalSent s) {
            signalSent(s.day(), s.sender(), s.receiver(), s.channel(), s.type(), s.isPublic());
        } else if (event instanceof ModelEvent.SignalDelivered s) {
            signalDelivered(s.day(), s.sentDay(), s.sender(), s.receiver(), s.channel(), s.intended(), s.perceived(),
                    s.perceivedGoldstein(), s.rungBefore(), s.rungAfter());
        } else if (event instanceof ModelEvent.AnyPairCrisisBegan pair) {
            firstAnyPairCrisisDay = pair.day();
        } else if (event instanceof ModelEvent.VoteHeld vote) {
            votes.put(vote.id(), vote);
        } else if (event instanceof ModelEvent.DayEnded d) {
            dayEnded(d.day(), d.maxRung(), d.meanPosture(), d.meanTrust(), d.meanHostility(), d.inCrisis());
        }
    }

    @Override
    public void signalSent(int day, String sender, String receiver, String channel, SignalType type, boolean isPublic) {
        signals++;
        if (RunResult.Act.counterspace(type)) {
            acts.add(new RunResult.Act(day, sender, receiver, type.id()));
        }
        daily[SIGNAL_MIX_ROWS[type.category().ordinal()]][day]++;
        goldsteinSum += type.goldstein();
        escalationScore += type.category().weight();
    }

    @Override
    public void signalDelivered(int day, int sentDay, String sender, String receiver, String channel,
                                SignalType intended, SignalType perceived, double perceivedGoldstein,
                                int rungBefore, int rungAfter) {
        misperceptions += ModelEvent.SignalDelivered.misperceived(intended, perceived, perceivedGoldstein) ? 1 : 0;
        inadvertent += ModelEvent.SignalDelivered.inadvertentEscalation(intended, rungBefore, rungAfter) ? 1 : 0;
    }

    @Override
    public void dayEnded(int d, int maxRung, double meanPosture, double meanTrust, double meanHostility,
                         boolean inCrisis) {
        peakRung = Math.max(peakRung, maxRung);
        if (inCrisis && firstCrisisDay < 0) {
            firstCrisisDay = d;
        }
        daily[DailyMetric.RUNG.ordinal()][d] = maxRung;
        daily[DailyMetric.POSTURE.ordinal()][d] = meanPosture;
        daily[DailyMetric.TRUST.ordinal()][d] = meanTrust;
        daily[DailyMetric.HOSTILITY.ordinal()][d] = meanHostility;
        daily[DailyMetric.ESCALATION_SCORE.ordinal()][d] = escalationScore;
        daily[DailyMetric.IN_CRISIS.ordinal()][d] = inCrisis ? 1 : 0;
        daily[DailyMetric.CRISIS_BY_DAY.ordinal()][d] = firstCrisisDay >= 0 ? 1 : 0;
    }

    RunResult result(String scenario, int designPoint, int replication, long seed) {
        return new RunResult(scenario, designPoint, replication, seed, firstCrisisDay, firstAnyPairCrisisDay, peakRung,
                escalationScore, misperceptions,
                inadvertent, signals == 0 ? Double.NaN : goldsteinSum / signals, signals, votes, acts, daily,
                org.detente.analysis.TimeseriesStatistics.bins(daily));
    }
}
