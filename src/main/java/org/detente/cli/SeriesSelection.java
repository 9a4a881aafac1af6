package org.detente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.detente.report.ParameterNames;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * Which series a comparison shows, in which order and under which names. Without a choice,
 * every scenario and design point of the folders in the order they appear; {@code --scenario
 * NAME[=LABEL]} keeps only the named ones, in the order named, with LABEL as the name shown. A
 * design point is shown by its parameter values ("dialogue: noise scale 0.5") rather than its
 * number, unless it was given a label.
 */
final class SeriesSelection {

    /**
     * One {@code --scenario} choice.
     *
     * @param name  a scenario name (all its design points) or one design point ({@code name#3})
     * @param label the name to show, or empty to keep the default
     */
    record Choice(String name, String label) {

        /** Reads {@code NAME} or {@code NAME=LABEL}. */
        static Choice parse(String text) throws UsageException {
            int eq = text.indexOf('=');
            String name = (eq < 0 ? text : text.substring(0, eq)).strip();
            String label = eq < 0 ? "" : text.substring(eq + 1).strip();
            if (name.isEmpty() || (eq >= 0 && label.isEmpty())) {
                throw new UsageException("--scenario '" + text + "': expected NAME or NAME=LABEL, e.g. --scenario"
                        + " dialogue=\"talks open\"");
            }
            return new Choice(name, label);
        }
    }

    private SeriesSelection() {
    }

    /**
     * The series to show and their names.
     *
     * @param available the series of the folders (a scenario's name, or {@code name#i} for a design point), in order
     * @param design    each design point's parameter values by series
     * @param choices   the {@code --scenario} choices (empty for all)
     * @param where     the folders, to name in an error
     * @return the names to show by series, in the order to show them
     */
    static Map<String, String> of(List<String> available, Map<String, Map<String, String>> design,
                                  List<Choice> choices, List<Path> where) throws InputException {
        Map<String, String> shown = new LinkedHashMap<>();
        if (choices.isEmpty()) {
            available.forEach(series -> shown.put(series, defaultName(series, design)));
        }
        for (Choice c : choices) {
            List<String> matched = available.stream()
                    .filter(series -> series.equals(c.name()) || series.startsWith(c.name() + "#")).toList();
            if (matched.isEmpty()) {
                List<String> scenarios = new ArrayList<>();
                for (String s : available.stream().map(x -> x.replaceFirst("#\\d+$", "")).distinct().toList()) {
                    long points = available.stream().filter(x -> x.startsWith(s + "#")).count();
                    scenarios.add(points > 0 ? s + " (design points " + s + "#0 to " + s + "#" + (points - 1) + ")" : s);
                }
                throw new InputException(new Problem(where.get(0), 0, "--scenario", "no scenario '" + c.name()
                        + "' in " + (where.size() == 1 ? "this folder" : "these folders") + " (they hold: "
                        + String.join(", ", scenarios) + ")"));
            }
            if (matched.stream().anyMatch(shown::containsKey)) {
                throw new InputException(new Problem(where.get(0), 0, "--scenario", "'" + c.name() + "' is chosen"
                        + " twice"));
            }
            for (String series : matched) {
                String name = c.label().isEmpty() ? defaultName(series, design)
                        : matched.size() == 1 ? c.label() : c.label() + ": " + inWords(design.get(series));
                shown.put(series, name);
            }
        }
        // Two design points may share their values (in words, or rounded): their numbers tell them apart.
        Map<String, Integer> counts = new java.util.HashMap<>();
        shown.values().forEach(name -> counts.merge(name, 1, Integer::sum));
        shown.replaceAll((series, name) -> counts.get(name) > 1 && series.contains("#")
                ? name + " (point " + series.substring(series.lastIndexOf('#') + 1) + ")" : name);
        Set<String> names = new HashSet<>();
        for (String name : shown.values()) {
            if (!names.add(name)) {
                throw new InputException(new Problem(where.get(0), 0, "--scenario", "two series would both be"
                        + " shown as '" + name + "'; give them different labels"));
            }
        }
        return shown;
    }

    /** A series' name: the scenario's, and for a design point its parameter values in words. */
    static String defaultName(String series, Map<String, Map<String, String>> design) {
        Map<String, String> values = design.get(series);
        int hash = series.lastIndexOf('#');
        if (values == null || values.isEmpty() || hash < 0) {
            return series;
        }
        return series.substring(0, hash) + ": " + inWords(values);
    }

    /** A design point's values in words ("noise scale 0.5, reaction rate 0.06"); empty for none. */
    static String inWords(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        if (values != null) {
            values.forEach((path, value) -> parts.add(ParameterNames.words(path) + " " + value));
        }
        return String.join(", ", parts);
    }
}
