package org.detente.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.detente.analysis.RunSummary;

/**
 * A self-contained HTML report: what was compared, the headline numbers, the charts
 * (inlined PNG) and the manifests.
 */
public final class Report {

    /**
     * A chart to show.
     *
     * @param title   caption
     * @param png     the PNG file
     */
    public record Figure(String title, Path png) {
    }

    /**
     * A compared scenario as the report describes it.
     *
     * @param name        scenario name
     * @param description the scenario's description
     * @param source      where its results came from
     */
    public record Compared(String name, String description, String source) {
    }

    private Report() {
    }

    /** One sentence with the headline result. */
    public static String headline(List<RunSummary> outcomes) {
        if (outcomes.size() > 6) {
            RunSummary low = outcomes.stream().min(java.util.Comparator.comparingDouble(RunSummary::crisisProbability))
                    .orElseThrow();
            RunSummary high = outcomes.stream().max(java.util.Comparator.comparingDouble(RunSummary::crisisProbability))
                    .orElseThrow();
            return String.format(Locale.ROOT, "P(crisis within the horizon) over %d scenarios and design points ranges"
                            + " from %.1f%% (%s) to %.1f%% (%s); see runs.csv for every point.", outcomes.size(),
                    100 * low.crisisProbability(), low.scenario(), 100 * high.crisisProbability(), high.scenario());
        }
        StringBuilder text = new StringBuilder("P(crisis within the horizon): ");
        for (int i = 0; i < outcomes.size(); i++) {
            RunSummary o = outcomes.get(i);
            text.append(i == 0 ? "" : i == outcomes.size() - 1 ? " and " : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f%% [%.1f-%.1f]", o.scenario(),
                            100 * o.crisisProbability(), 100 * o.crisisInterval().low(), 100 * o.crisisInterval().high()));
        }
        return text.append(" (95% Wilson intervals).").toString();
    }

    /** Writes {@code report.html}. */
    public static void write(Path file, List<Compared> compared, List<RunSummary> outcomes, List<Figure> figures,
                             List<String> manifests) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Détente comparison report</title><style>")
                .append("body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222;padding:0 1em}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}img{max-width:100%}")
                .append("pre{background:#f6f6f6;padding:1em;overflow:auto;font-size:12px}")
                .append("</style></head><body>\n<h1>Détente: comparison of scenarios</h1>\n");
        h.append("<p><strong>").append(Html.escape(headline(outcomes))).append("</strong></p>\n");
        h.append("<h2>What was compared</h2>\n<table><tr><th>scenario</th><th>description</th><th>results</th></tr>\n");
        for (Compared c : compared) {
            h.append("<tr><td>").append(Html.escape(c.name())).append("</td><td style=\"text-align:left\">")
                    .append(Html.escape(c.description())).append("</td><td>").append(Html.escape(c.source()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Headline numbers</h2>\n<table><tr><th>scenario</th><th>runs</th><th>crises</th>")
                .append("<th>P(crisis)</th><th>95% Wilson interval</th><th>mean peak rung</th>")
                .append("<th>mean escalation score</th><th>mean misperceptions</th><th>mean first crisis day</th></tr>\n");
        for (RunSummary o : outcomes) {
            h.append(String.format(Locale.ROOT,
                    "<tr><td>%s</td><td>%,d</td><td>%,d</td><td>%.3f</td><td>%.3f&ndash;%.3f</td><td>%.2f</td>"
                            + "<td>%.1f</td><td>%.1f</td><td>%s</td></tr>%n",
                    Html.escape(o.scenario()), o.runs(), o.crises(), o.crisisProbability(), o.crisisInterval().low(),
                    o.crisisInterval().high(), o.meanPeakRung(), o.meanEscalationScore(), o.meanMisperceptions(),
                    Double.isNaN(o.meanFirstCrisisDay()) ? "&ndash;"
                            : String.format(Locale.ROOT, "%.1f", o.meanFirstCrisisDay())));
        }
        h.append("</table>\n<h2>Charts</h2>\n");
        for (Figure f : figures) {
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(f.png()));
            h.append("<figure><img alt=\"").append(Html.escape(f.title())).append("\" src=\"data:image/png;base64,")
                    .append(data).append("\"><figcaption>").append(Html.escape(f.title()))
                    .append("</figcaption></figure>\n");
        }
        h.append("<h2>Manifests</h2>\n");
        for (String manifest : manifests) {
            h.append("<pre>").append(Html.escape(manifest)).append("</pre>\n");
        }
        h.append("</body></html>\n");
        Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    }
}
