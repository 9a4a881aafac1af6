package org.detente.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run's story: each adversarial pair's rung day by day, the signals that raised a rung (as
 * sent and as perceived), the votes and channel changes, and the day the crisis began. Drawn by
 * {@code StoryChart} as {@code story.png}, told by {@link #markdown} as {@code story.md}.
 *
 * @param horizon     days of the run
 * @param startDate   the date of day 0, if the scenario gives one
 * @param threshold   the crisis threshold (a rung)
 * @param crisisPairs the pairs whose crisis is the scenario's (empty: any pair)
 * @param rungNames   the escalation ladder's rungs by name, from rung 0
 * @param rungs       each adversarial ordered pair's rung by day ("USA->RUS": USA's rung toward RUS)
 * @param turns       the signals that raised a rung, in the order they arrived
 * @param markers     votes and channel changes, in the order they happened
 * @param crisisDay   the first day a crisis pair ended at or above the threshold, or -1
 * @param lastDay     the last day run
 */
public record RunStory(int horizon, Optional<LocalDate> startDate, int threshold, List<List<String>> crisisPairs,
                       List<String> rungNames, Map<String, int[]> rungs, List<Turn> turns, List<Marker> markers,
                       int crisisDay, int lastDay) {

    /**
     * A signal that raised its receiver's rung toward its sender.
     *
     * @param day            the day it arrived
     * @param sentDay        the day it was sent
     * @param sender         who sent it
     * @param receiver       who perceived it (the pair moved is receiver toward sender)
     * @param intended       the act sent (its id in the signal catalogue)
     * @param intendedRung   the rung the act sent can push a pair to
     * @param perceived      what the receiver believed it saw
     * @param misperceived   another escalation category or a value of the other sign than sent (as in {@code trace.csv})
     * @param inadvertent    the act sent was not hostile
     * @param rungBefore     the receiver's rung toward the sender before it
     * @param rungAfter      and after it
     * @param scripted       the id of the scripted timeline event that sent it (a demonstration the
     *                       scenario scripts), or empty when the sender chose it
     */
    public record Turn(int day, int sentDay, String sender, String receiver, String intended, int intendedRung,
                       String perceived, boolean misperceived, boolean inadvertent, int rungBefore, int rungAfter,
                       String scripted) {
    }

    /** The most turning points {@link #markdown} lists; beyond them it lists the crisis pairs' only. */
    static final int MAX_LISTED = 40;

    /** A vote or a channel suspended or restored: a labelled line on the chart. */
    public record Marker(int day, String label) {
    }

    public RunStory {
        crisisPairs = List.copyOf(crisisPairs);
        rungNames = List.copyOf(rungNames);
        rungs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rungs));
        turns = List.copyOf(turns);
        markers = List.copyOf(markers);
    }

    /** The key of an ordered pair, "USA->RUS" (USA's rung toward RUS). */
    public static String pair(String self, String other) {
        return self + "->" + other;
    }

    /** Whether the pair of {@code a} and {@code b}, either way round, is a crisis pair. */
    public boolean isCrisisPair(String a, String b) {
        return crisisPairs.isEmpty() || crisisPairs.contains(List.of(a, b)) || crisisPairs.contains(List.of(b, a));
    }

    /** The first crisis day, if there was a crisis. */
    public Optional<Integer> crisis() {
        return crisisDay < 0 ? Optional.empty() : Optional.of(crisisDay);
    }

    /**
     * The signal that tipped the crisis: the first one on the crisis's first day that raised a
     * crisis pair from below the threshold to it or above (else the last before that day that
     * raised one to the threshold or above).
     */
    public Optional<Turn> crisisCause() {
        if (crisisDay < 0) {
            return Optional.empty();
        }
        Turn before = null;
        for (Turn t : turns) {
            if (t.day() > crisisDay || t.rungAfter() < threshold || !isCrisisPair(t.receiver(), t.sender())) {
                continue;
            }
            if (t.day() == crisisDay && t.rungBefore() < threshold) {
                return Optional.of(t);
            }
            before = t;
        }
        return Optional.ofNullable(before);
    }

    /** A turn in words: "day 10: RUS inspector deployment toward USA, misperceived by USA as jamming (rung 2 -> 4, ...)". */
    public String inWords(Turn t) {
        String seen = t.misperceived() ? ", misperceived by " + t.receiver() + " as " + words(t.perceived())
                : t.perceived().equals(t.intended()) ? ", seen as such by " + t.receiver()
                : ", taken by " + t.receiver() + " as " + words(t.perceived());
        return String.format(Locale.ROOT, "day %d: %s %s toward %s%s%s (rung %d -> %d, %s)%s", t.day(), t.sender(),
                words(t.intended()), t.receiver(), t.scripted().isEmpty() ? ""
                        : " (scripted by the scenario: " + t.scripted() + ")", seen, t.rungBefore(), t.rungAfter(),
                rungNames.get(t.rungAfter()), t.inadvertent() ? "; inadvertent: the act sent was not hostile" : "");
    }

    /** The story in a few lines of Markdown: the outcome, the first crisis day and its cause, the turning points. */
    public String markdown(String title) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        Optional<Turn> cause = crisisCause();
        if (crisisDay >= 0) {
            md.append(String.format(Locale.ROOT, "**Crisis on day %d**%s: a crisis pair reached rung %d (%s) or above.",
                    crisisDay, date(crisisDay), threshold, rungNames.get(threshold)));
            md.append(cause.map(t -> " It was tipped by " + inWords(t).replaceFirst("^day \\d+: ", "") + " on day "
                    + t.day() + (t.sentDay() != t.day() ? " (sent on day " + t.sentDay() + ")" : "") + ".")
                    .orElse(""));
            md.append("\n\n");
        } else {
            md.append(String.format(Locale.ROOT, "**No crisis** in %d days: no crisis pair reached rung %d (%s).%n%n",
                    lastDay + 1, threshold, rungNames.get(threshold)));
        }
        int peak = 0;
        for (int[] series : rungs.values()) {
            for (int r : series) {
                peak = Math.max(peak, r);
            }
        }
        long misread = turns.stream().filter(Turn::misperceived).count();
        md.append(String.format(Locale.ROOT, "Highest rung of any adversarial pair: %d (%s). %d signal(s) raised a"
                + " rung, %d of them misperceived.%n%n", peak, rungNames.get(peak), turns.size(), misread));
        md.append("## Turning points\n\n");
        if (turns.isEmpty()) {
            md.append("No signal raised a rung.\n");
        }
        // Every turning point when there are few; else the crisis pairs' (at most MAX_LISTED).
        List<Turn> listed = turns.size() <= MAX_LISTED ? turns
                : turns.stream().filter(t -> isCrisisPair(t.receiver(), t.sender())).limit(MAX_LISTED).toList();
        for (Turn t : listed) {
            md.append("- ").append(inWords(t))
                    .append(cause.isPresent() && cause.get() == t ? " **(the crisis)**" : "").append('\n');
        }
        if (listed.size() < turns.size()) {
            md.append(String.format(Locale.ROOT, "%nListed: %d of the %d; the others raised rungs %s"
                    + " (all in `trace.csv`, with `detente run`).%n", listed.size(), turns.size(),
                    listed.size() == MAX_LISTED ? "later, or between other pairs" : "between pairs other than the crisis pairs"));
        }
        if (!markers.isEmpty()) {
            md.append("\n## Votes and channels\n\n");
            for (Marker m : markers) {
                md.append(String.format(Locale.ROOT, "- day %d%s: %s%n", m.day(), date(m.day()), m.label()));
            }
        }
        md.append("\nThe rungs by day are in `dyads.csv`, every signal in `trace.csv`, other events in `events.csv`"
                + " (with `detente run`); `story.png` draws them.\n");
        return md.toString();
    }

    private String date(int day) {
        return startDate.map(d -> " (" + d.plusDays(day) + ")").orElse("");
    }

    /** A signal's id in words: "inspector_deployment" as "inspector deployment". */
    public static String words(String signal) {
        return signal.replace('_', ' ');
    }
}
