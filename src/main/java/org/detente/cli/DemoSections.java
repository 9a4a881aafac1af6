package org.detente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.detente.analysis.Hindcasts;
import org.detente.analysis.Intervals;
import org.detente.analysis.PosteriorIntervals;
import org.detente.analysis.RunOutcome;
import org.detente.batch.BatchResults;
import org.detente.report.HindcastReport;
import org.detente.report.Html;
import org.detente.report.Report;

/** The demo's sections beyond the comparison: parameter uncertainty, sensitivity and the hindcast. */
final class DemoSections {

    private DemoSections() {
    }

    /**
     * P(crisis) of each scenario under the calibrated posterior, with intervals that hold
     * parameter uncertainty beside the Monte Carlo ones, and the paired differences.
     */
    static void posterior(BatchResults results, int draws, List<Report.Section> sections,
                          List<String> lines) {
        Map<String, List<RunOutcome>> runs = results.runs();
        String sample = results.manifest().path("scenarios").path(0).path("posterior").path("file").asText("");
        String file = sample.isEmpty() ? "a posterior sample" : java.nio.file.Path.of(sample).getFileName().toString();
        StringBuilder h = new StringBuilder("<p class=\"note\">The same scenarios, each run " + String.format(Locale.ROOT,
                "%,d", runs.values().iterator().next().size()) + " times with model parameters drawn from the"
                + " posterior sample " + file + " (" + draws + " parameter sets, replication r using set r mod "
                + draws + " in every scenario, so differences stay paired). The first interval treats the runs as"
                + " one population (chance only); the second adds how much P(crisis) differs between parameter sets"
                + " (the between-set variance, separated from the runs' chance by a random-effects decomposition),"
                + " so it also holds what the record does not pin down. The parameter range is where 95% of the"
                + " parameter sets' own P(crisis) lie.</p>\n");
        h.append("<table><tr><th>scenario</th><th>P(crisis), posterior</th><th>95% interval, chance only</th>")
                .append("<th>95% interval, with parameter uncertainty</th><th>range across parameter sets</th></tr>\n");
        lines.add("Headline under the posterior sample " + file + ", P(crisis within the horizon) with 95% intervals"
                + " that include parameter uncertainty:");
        List<String> names = new ArrayList<>(runs.keySet());
        for (String name : names) {
            List<RunOutcome> list = runs.get(name);
            PosteriorIntervals.Interval i = PosteriorIntervals.crisis(list, draws);
            long crises = list.stream().filter(r -> r.firstCrisisDay() >= 0).count();
            Intervals.Interval chance = Intervals.wilson(crises, list.size(), Intervals.LEVEL);
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%.1f%%</td><td class=\"num\">"
                            + "%.1f-%.1f%%</td><td class=\"num\">%.1f-%.1f%%</td><td>%s</td></tr>%n",
                    Html.escape(name), 100 * i.estimate(), 100 * chance.low(), 100 * chance.high(), 100 * i.low(),
                    100 * i.high(), range(i)));
            lines.add(String.format(Locale.ROOT, "  %-10s %5.1f%% [%.1f-%.1f] (chance alone: [%.1f-%.1f]; %s)", name,
                    100 * i.estimate(), 100 * i.low(), 100 * i.high(), 100 * chance.low(), 100 * chance.high(),
                    range(i)));
        }
        h.append("</table>\n<table><tr><th>paired difference</th><th>points</th><th>95% interval, with parameter")
                .append(" uncertainty</th><th>range across parameter sets</th></tr>\n");
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                String first = names.get(b);
                String second = names.get(a);
                PosteriorIntervals.Interval d = PosteriorIntervals.difference(runs.get(first), runs.get(second), draws);
                h.append(String.format(Locale.ROOT, "<tr><td>%s minus %s</td><td class=\"num\">%+.1f</td>"
                                + "<td class=\"num\">%+.1f to %+.1f</td><td class=\"num\">%+.1f to %+.1f</td></tr>%n",
                        Html.escape(first), Html.escape(second), 100 * d.estimate(), 100 * d.low(), 100 * d.high(),
                        100 * d.rangeLow(), 100 * d.rangeHigh()));
                lines.add(String.format(Locale.ROOT, "  %s minus %s: %+.1f points [%+.1f to %+.1f]", first, second,
                        100 * d.estimate(), 100 * d.low(), 100 * d.high()));
            }
        }
        h.append("</table>\n");
        sections.add(new Report.Section("Under parameter uncertainty (posterior sample " + file + ")", h.toString()));
    }

    /** Where the parameter sets' own P(crisis) lie, in words. */
    private static String range(PosteriorIntervals.Interval i) {
        return i.tau() == 0 ? "no spread between parameter sets beyond chance"
                : String.format(Locale.ROOT, "parameter sets %.1f-%.1f%%", 100 * i.rangeLow(), 100 * i.rangeHigh());
    }

    /** Sobol indices of P(crisis) under dialogue and escalation and of their difference, with tipping points. */
    static void sensitivity(BatchResults results, Path folder, List<Report.Section> sections, List<String> lines)
            throws IOException {
        Figures figures = new Figures(folder.resolve("charts"));
        List<Workflows.Sensitivity> found = Workflows.sensitivity(results, figures, new ArrayList<>());
        for (int i = 0; i < found.size(); i++) {
            Workflows.Sensitivity s = found.get(i);
            sections.add(new Report.Section("How much " + s.outcome() + " depends on the parameters",
                    Workflows.sensitivityHtml(s) + Report.figureHtml(figures.list().get(i))));
            if (s.outcome().contains(" minus ")) {
                lines.add("Sensitivity to the parameters: " + s.sentences().get(0));
            }
        }
    }

    /** The hindcast's scores, in words. */
    static void hindcast(Hindcasts.Result result, Path folder, List<Report.Section> sections, List<String> lines)
            throws IOException {
        List<Report.Figure> figures = List.of(
                new Report.Figure("The probability each forecast gave to what happened",
                        folder.resolve("charts/hindcast_probabilities.png"), Workflows.HINDCAST_PROBABILITIES),
                new Report.Figure("Observed counts against the runs' distribution (PIT histogram)",
                        folder.resolve("charts/hindcast_pit.png"), Workflows.HINDCAST_PIT));
        sections.add(new Report.Section("Scored against what happened in 2024 (hindcast)",
                HindcastReport.section(result, figures, folder)));
        lines.add(HindcastReport.headline(result));
    }

}
