package org.detente.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.analysis.RunStory;
import org.detente.model.EscalationLadder;
import org.detente.model.EventSink;
import org.detente.model.ModelEvent;
import org.detente.model.SignalType;
import org.detente.scenario.Scenario;

/**
 * Collects one run's story as it runs (each adversarial pair's rung by day, the signals that
 * raised a rung, votes and channel changes, the first crisis day) into a {@link RunStory}.
 */
public final class Story implements EventSink {

    private final Scenario scenario;
    private final int horizon;
    private final Map<String, int[]> rungs = new LinkedHashMap<>();
    private final List<RunStory.Turn> turns = new ArrayList<>();
    private final List<RunStory.Marker> markers = new ArrayList<>();
    /** Scripted sends by "sent day|sender|receiver|signal": their timeline event's id. */
    private final Map<String, String> scripted = new java.util.HashMap<>();
    private int crisisDay = -1;
    private int lastDay = -1;

    public Story(Scenario scenario) {
        this.scenario = scenario;
        this.horizon = scenario.horizonDays();
    }

    @Override
    public boolean wantsDyads() {
        return true;
    }

    @Override
    public void dyadEnded(int day, String self, String other, boolean adversarial, int rung, double trust,
                          double threat, double posture, double hostility) {
        if (adversarial) {
            rungs.computeIfAbsent(RunStory.pair(self, other), k -> new int[horizon])[day] = rung;
        }
    }

    @Override
    public void signalDelivered(int day, int sentDay, String sender, String receiver, String channel,
                                SignalType intended, SignalType perceived, double perceivedGoldstein, int rungBefore,
                                int rungAfter) {
        if (perceived != null && rungAfter > rungBefore) {
            turns.add(new RunStory.Turn(day, sentDay, sender, receiver, intended.id(), intended.rung(), perceived.id(),
                    ModelEvent.SignalDelivered.misperceived(intended, perceived, perceivedGoldstein),
                    ModelEvent.SignalDelivered.inadvertentEscalation(intended, rungBefore, rungAfter), rungBefore,
                    rungAfter, scripted.getOrDefault(sentDay + "|" + sender + "|" + receiver + "|" + intended.id(), "")));
        }
    }

    @Override
    public void dayEnded(int day, int maxRung, double meanPosture, double meanTrust, double meanHostility,
                         boolean inCrisis) {
        lastDay = day;
        if (inCrisis && crisisDay < 0) {
            crisisDay = day;
        }
    }

    @Override
    public void accept(ModelEvent event) {
        if (event instanceof ModelEvent.VoteHeld v) {
            markers.add(new RunStory.Marker(v.day(), "vote " + v.id() + ": " + v.outcome() + " " + v.tally()));
        } else if (event instanceof ModelEvent.Scripted e) {
            scripted.put(e.day() + "|" + e.actor() + "|" + e.target() + "|" + e.signal(), e.id());
            markers.add(new RunStory.Marker(e.day(), e.id() + ": " + e.actor() + " " + RunStory.words(e.signal())));
        } else if (event instanceof ModelEvent.ChannelChanged c) {
            markers.add(new RunStory.Marker(c.day(), c.channel() + (c.open() ? " restored" : " suspended")));
        }
    }

    /** The story so far. */
    public RunStory result() {
        return new RunStory(horizon, scenario.startDate(), scenario.crisisThreshold(), scenario.crisisDyadsInForce(),
                EscalationLadder.RUNGS, rungs, turns, markers, crisisDay, lastDay);
    }
}
