package org.detente.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.model.EventSink;
import org.detente.model.ModelEvent;
import org.detente.model.SignalType;

/**
 * What the live view knows of a run, taken from the model's events as it steps: each ordered
 * pair's state at the end of the day, each channel's traffic between each pair on the day, the
 * signals still travelling, and those that arrived that day (misperceived or not). The view
 * draws from this, never from the model's internals, so it shows what {@code trace.csv}
 * records.
 */
public final class Watch implements EventSink {

    /** An ordered pair at the end of a day. */
    public record PairState(int rung, double trust, double threat, double posture, double hostility) {
    }

    /** A signal sent and not yet delivered. */
    public record Flight(int sentDay, String sender, String receiver, String channel, SignalType type) {
    }

    /** A signal that arrived (or was lost) on the day. */
    public record Arrival(String sender, String receiver, String channel, SignalType intended, SignalType perceived,
                          boolean misperceived) {
    }

    private final Map<String, PairState> pairs = new LinkedHashMap<>();
    private Map<String, Integer> traffic = new HashMap<>();
    private Map<String, Integer> trafficOfDay = Map.of();
    private final List<Flight> inFlight = new ArrayList<>();
    private List<Arrival> arriving = new ArrayList<>();
    private List<Arrival> arrivalsOfDay = List.of();
    private int day = -1;
    private int crisisDay = -1;
    private int maxRung;
    private long signals;
    private long misperceived;

    /** The key of a channel between two actors, either way round. */
    private static String link(String channel, String a, String b) {
        return a.compareTo(b) < 0 ? channel + "|" + a + "|" + b : channel + "|" + b + "|" + a;
    }

    @Override
    public boolean wantsDyads() {
        return true;
    }

    @Override
    public synchronized void dyadEnded(int day, String self, String other, boolean adversarial, int rung, double trust,
                                       double threat, double posture, double hostility) {
        pairs.put(org.detente.analysis.RunStory.pair(self, other), new PairState(rung, trust, threat, posture, hostility));
    }

    @Override
    public synchronized void signalSent(int day, String sender, String receiver, String channel, SignalType type,
                                        boolean isPublic) {
        traffic.merge(link(channel, sender, receiver), 1, Integer::sum);
        inFlight.add(new Flight(day, sender, receiver, channel, type));
        signals++;
    }

    @Override
    public synchronized void signalDelivered(int day, int sentDay, String sender, String receiver, String channel,
                                             SignalType intended, SignalType perceived, double perceivedGoldstein,
                                             int rungBefore, int rungAfter) {
        for (int i = 0; i < inFlight.size(); i++) {
            Flight f = inFlight.get(i);
            if (f.sentDay() == sentDay && f.sender().equals(sender) && f.receiver().equals(receiver)
                    && f.channel().equals(channel) && f.type().equals(intended)) {
                inFlight.remove(i);
                break;
            }
        }
        boolean misread = ModelEvent.SignalDelivered.misperceived(intended, perceived, perceivedGoldstein);
        misperceived += misread ? 1 : 0;
        arriving.add(new Arrival(sender, receiver, channel, intended, perceived, misread));
    }

    @Override
    public synchronized void dayEnded(int day, int maxRung, double meanPosture, double meanTrust,
                                      double meanHostility, boolean inCrisis) {
        this.day = day;
        this.maxRung = maxRung;
        if (inCrisis && crisisDay < 0) {
            crisisDay = day;
        }
        trafficOfDay = traffic;
        traffic = new HashMap<>();
        arrivalsOfDay = arriving;
        arriving = new ArrayList<>();
    }

    @Override
    public void accept(ModelEvent event) {
        // Votes and channel changes reach the view through the model's own state.
    }

    /** Forgets the run (the view was stopped and is started again). */
    public synchronized void reset() {
        pairs.clear();
        traffic = new HashMap<>();
        trafficOfDay = Map.of();
        inFlight.clear();
        arriving = new ArrayList<>();
        arrivalsOfDay = List.of();
        day = -1;
        crisisDay = -1;
        maxRung = 0;
        signals = 0;
        misperceived = 0;
    }

    public synchronized int day() {
        return day;
    }

    public synchronized int crisisDay() {
        return crisisDay;
    }

    public synchronized int maxRung() {
        return maxRung;
    }

    public synchronized long signals() {
        return signals;
    }

    public synchronized long misperceived() {
        return misperceived;
    }

    /** An ordered pair's state ({@code RunStory.pair} its key) at the end of the last day, or null before the first. */
    public synchronized PairState pair(String key) {
        return pairs.get(key);
    }

    /** Every ordered pair's state at the end of the last day. */
    public synchronized Map<String, PairState> pairs() {
        return new LinkedHashMap<>(pairs);
    }

    /** Signals sent on a channel between two actors (either way) on the last day. */
    public synchronized int traffic(String channel, String a, String b) {
        return trafficOfDay.getOrDefault(link(channel, a, b), 0);
    }

    /** Signals still travelling at the end of the last day. */
    public synchronized List<Flight> inFlight() {
        return List.copyOf(inFlight);
    }

    /** Signals that arrived on the last day. */
    public synchronized List<Arrival> arrivals() {
        return List.copyOf(arrivalsOfDay);
    }
}
