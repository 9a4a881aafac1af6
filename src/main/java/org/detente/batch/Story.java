package org.detente.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.detente.model.EscalationLadder;
import org.detente.model.EventSink;
import org.detente.model.ModelEvent;
import org.detente.model.SignalType;
import org.detente.scenario.Scenario;

/**
 * One run's story, collected as it runs: each adversarial pair's rung day by day, the signals
 * that moved a rung up (as sent and as perceived), the votes and channel changes, and the day
 * the crisis began with the signal that tipped it. What {@code story.png} and {@code story.md}
 * are drawn from ({@link org.detente.chart.StoryChart}, {@link #markdown}).
 */
public final class Story implements EventSink {

    /**
     * A signal that raised its receiver's rung toward the sender.
     *
     * @param day          the day it arrived
     * @param sentDay      the day it was sent
     * @param sender       who sent it
     * @param receiver     who perceived it (the pair moved is receiver toward sender)
     * @param channel      the channel it travelled
     * @param intended     what was sent
     * @param perceived    what the receiver believed it saw
     * @param misperceived whether it was misperceived (another escalation category or a value of the
     *                     other sign than sent, as in {@code trace.csv})
     * @param rungBefore   the receiver's rung toward the sender before it
     * @param rungAfter    and after it
     */
    public record Turn(int day, int sentDay, String sender, String receiver, String channel, SignalType intended,
                       SignalType perceived, boolean misperceived, int rungBefore, int rungAfter) {

        /** In words: "day 10: RUS inspector deployment toward USA, misperceived by USA as jamming (rung 2 -> 4, ...)". */
        public String inWords() {
            String act = words(intended);
            String seen = misperceived ? ", misperceived by " + receiver + " as " + words(perceived)
                    : perceived.id().equals(intended.id()) ? ", seen as such by " + receiver
                    : ", taken by " + receiver + " as " + words(perceived);
            return String.format(Locale.ROOT, "day %d: %s %s toward %s%s (rung %d -> %d, %s)%s", day, sender, act,
                    receiver, seen, rungBefore, rungAfter, EscalationLadder.name(rungAfter),
                    ModelEvent.SignalDelivered.inadvertentEscalation(intended, rungBefore, rungAfter)
                            ? "; inadvertent: the act sent was not hostile" : "");
        }
    }

    /** A vote or a channel suspended or restored: a labelled line on the chart. */
    public record Marker(int day, String label) {
    }

    private final Scenario scenario;
    private final int horizon;
    private final Map<String, int[]> rungs = new LinkedHashMap<>();
    private final List<Turn> turns = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private int crisisDay = -1;
    private int lastDay = -1;

    public Story(Scenario scenario) {
        this.scenario = scenario;
        this.horizon = scenario.horizonDays();
    }

    /** The key of an ordered pair, "USA->RUS" (USA's rung toward RUS). */
    public static String pair(String self, String other) {
        return self + "->" + other;
    }

    @Override
    public boolean wantsDyads() {
        return true;
    }

    @Override
    public void dyadEnded(int day, String self, String other, boolean adversarial, int rung, double trust,
                          double threat, double posture, double hostility) {
        if (adversarial) {
            rungs.computeIfAbsent(pair(self, other), k -> new int[horizon])[day] = rung;
        }
    }

    @Override
    public void signalDelivered(int day, int sentDay, String sender, String receiver, String channel,
                                SignalType intended, SignalType perceived, double perceivedGoldstein, int rungBefore,
                                int rungAfter) {
        if (perceived != null && rungAfter > rungBefore) {
            turns.add(new Turn(day, sentDay, sender, receiver, channel, intended, perceived,
                    ModelEvent.SignalDelivered.misperceived(intended, perceived, perceivedGoldstein), rungBefore,
                    rungAfter));
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
            markers.add(new Marker(v.day(), "vote " + v.id() + ": " + v.outcome() + " " + v.tally()));
        } else if (event instanceof ModelEvent.ChannelChanged c) {
            markers.add(new Marker(c.day(), c.channel() + (c.open() ? " restored" : " suspended")));
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Each adversarial pair's rung by day ("USA->RUS" is USA's rung toward RUS), in the model's order. */
    public Map<String, int[]> rungs() {
        return java.util.Collections.unmodifiableMap(rungs);
    }

    /** The signals that raised a rung, in the order they arrived. */
    public List<Turn> turns() {
        return List.copyOf(turns);
    }

    /** Votes and channel changes, in the order they happened. */
    public List<Marker> markers() {
        return List.copyOf(markers);
    }

    /** The first day a crisis pair ended at or above the threshold, if one did. */
    public Optional<Integer> crisisDay() {
        return crisisDay < 0 ? Optional.empty() : Optional.of(crisisDay);
    }

    /**
     * The signal that tipped the crisis: the last one, on or before its first day, that raised a
     * crisis pair to the threshold or above.
     */
    public Optional<Turn> crisisCause() {
        if (crisisDay < 0) {
            return Optional.empty();
        }
        Turn cause = null;
        for (Turn t : turns) {
            if (t.day() <= crisisDay && t.rungAfter() >= scenario.crisisThreshold()
                    && isCrisisPair(t.receiver(), t.sender())) {
                cause = t;
            }
        }
        return Optional.ofNullable(cause);
    }

    private boolean isCrisisPair(String a, String b) {
        List<List<String>> named = scenario.crisisDyadsInForce();
        return named.isEmpty() || named.contains(List.of(a, b)) || named.contains(List.of(b, a));
    }

    /** The story in a few lines of Markdown: the outcome, the first crisis day and its cause, the turning points. */
    public String markdown(String title) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        int threshold = scenario.crisisThreshold();
        Optional<Turn> cause = crisisCause();
        if (crisisDay().isPresent()) {
            md.append(String.format(Locale.ROOT, "**Crisis on day %d**%s: a crisis pair reached rung %d (%s) or above.",
                    crisisDay, date(crisisDay), threshold, EscalationLadder.name(threshold)));
            md.append(cause.map(t -> " It was tipped by " + t.inWords().replaceFirst("^day \\d+: ", "") + " on day "
                    + t.day() + (t.sentDay() != t.day() ? " (sent on day " + t.sentDay() + ")" : "") + ".")
                    .orElse(""));
            md.append("\n\n");
        } else {
            md.append(String.format(Locale.ROOT, "**No crisis** in %d days: no crisis pair reached rung %d (%s).%n%n",
                    lastDay + 1, threshold, EscalationLadder.name(threshold)));
        }
        int peak = 0;
        for (int[] series : rungs.values()) {
            for (int r : series) {
                peak = Math.max(peak, r);
            }
        }
        long misread = turns.stream().filter(Turn::misperceived).count();
        md.append(String.format(Locale.ROOT, "Highest rung of any adversarial pair: %d (%s). %d signal(s) raised a"
                + " rung, %d of them misperceived.%n%n", peak, EscalationLadder.name(peak), turns.size(), misread));
        md.append("## Turning points\n\n");
        if (turns.isEmpty()) {
            md.append("No signal raised a rung.\n");
        }
        for (Turn t : turns) {
            md.append("- ").append(t.inWords()).append(cause.isPresent() && cause.get() == t ? " **(the crisis)**" : "").append('\n');
        }
        if (!markers.isEmpty()) {
            md.append("\n## Votes and channels\n\n");
            for (Marker m : markers) {
                md.append(String.format(Locale.ROOT, "- day %d%s: %s%n", m.day(), date(m.day()), m.label()));
            }
        }
        md.append("\nThe rungs by day are in `dyads.csv`, every signal in `trace.csv`, other events in `events.csv`;"
                + " `story.png` draws them.\n");
        return md.toString();
    }

    private String date(int day) {
        return scenario.startDate().map(d -> " (" + d.plusDays(day) + ")").orElse("");
    }

    private static String words(SignalType type) {
        return type.id().replace('_', ' ');
    }
}
