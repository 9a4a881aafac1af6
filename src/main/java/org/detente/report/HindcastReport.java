package org.detente.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.detente.analysis.Hindcasts;

/** The hindcast's section of a report, in words first, and its own page. */
public final class HindcastReport {

    private HindcastReport() {
    }

    /** What the scores mean, in words. */
    public static final String MEANING = "For every quantity observed after the start date, the forecast's"
            + " probability of what happened is scored two ways. The Brier score is the squared distance between the"
            + " forecast probabilities and what happened (0 is perfect; saying 50% to a yes/no question scores 0.5,"
            + " and a confident wrong forecast up to 2). The log score is the natural log of the probability given"
            + " to what happened (0 is perfect; each halving of that probability costs 0.69). Lower Brier and higher"
            + " (less negative) log scores are better. Three reference forecasts show what skill means here:"
            + " uniform (every outcome equally likely), base rate (each state votes as it has on texts of the"
            + " sponsor's bloc, acts and crises at their rate in the ten years before the start) and persistence"
            + " (as last time).";

    /** The scores in one sentence. */
    public static String headline(Hindcasts.Result r) {
        double[] model = r.means(Hindcasts.Row::model);
        double[] uniform = r.means(Hindcasts.Row::uniform);
        double[] base = r.means(Hindcasts.Row::baseRate);
        return String.format(Locale.ROOT, "Hindcast over %d observed quantities (%,d runs): mean Brier %.3f for the"
                        + " model against %.3f uniform and %.3f base rate; mean log score %.2f against %.2f and %.2f."
                        + " The model %s the uniform reference on both; against the base rate it is %s on Brier and %s"
                        + " on the log score.", (int) model[2], r.runs(), model[0], uniform[0],
                base[0], model[1], uniform[1], base[1],
                model[0] < uniform[0] && model[1] > uniform[1] ? "beats" : "does not beat",
                model[0] < base[0] ? "better" : "worse", model[1] > base[1] ? "better" : "worse");
    }

    /** The section: headline, meaning, summary table, one row per quantity. */
    public static String section(Hindcasts.Result r, List<Report.Figure> figures, Path relativeTo) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<p><strong>").append(Html.escape(headline(r))).append("</strong></p>\n");
        h.append("<p class=\"note\">").append(Html.escape(MEANING)).append("</p>\n");
        h.append("<table><tr><th>forecast</th><th>quantities</th><th>mean Brier (lower is better)</th>")
                .append("<th>mean log score (higher is better)</th></tr>\n");
        summary(h, "model", r.means(Hindcasts.Row::model));
        summary(h, "uniform", r.means(Hindcasts.Row::uniform));
        summary(h, "base rate", r.means(Hindcasts.Row::baseRate));
        summary(h, "persistence", r.means(Hindcasts.Row::persistence));
        summary(h, "model, on persistence's quantities", r.meansWhere(Hindcasts.Row::model, Hindcasts.Row::persistence));
        h.append("</table>\n");
        h.append(r.matched() == 0 ? String.format(Locale.ROOT, "<p class=\"note\">Joint: none of the %,d runs"
                + " matched every scored quantity at once, so the joint log-likelihood of what happened is below"
                + " ln(1/%,d) = %.1f. The quantities overlap (a tally, a pattern and the ballots"
                + " of one vote), so no sum of their scores is a likelihood.</p>%n", r.runs(), r.runs(), Math.log(1.0 / r.runs()))
                : String.format(Locale.ROOT, "<p class=\"note\">Joint: %,d of the %,d runs matched every scored"
                + " quantity at once (joint log-likelihood ln((%d + 1/2) / (%d + 1)) = %.2f). The quantities overlap (a tally, a pattern and the ballots of one vote), so no sum of their"
                + " scores is a likelihood.</p>%n", r.matched(), r.runs(), r.matched(), r.runs(), Math.log(r.joint())));
        for (Report.Figure f : figures) {
            h.append(Report.figureHtml(f));
        }
        h.append("<table><tr><th>quantity</th><th>observed</th><th>P model</th><th>P uniform</th><th>P base rate</th>")
                .append("<th>P persistence</th><th>Brier model</th><th>log model</th><th>PIT</th></tr>\n");
        for (Hindcasts.Row row : r.rows()) {
            h.append("<tr><td title=\"").append(Html.escape(row.meaning())).append("\">")
                    .append(Html.escape(row.meaning())).append("</td><td>").append(Html.escape(row.observed()))
                    .append("</td>").append(cell(row.scored() ? row.model().p() : Double.NaN))
                    .append(cell(row.uniform().p())).append(cell(row.baseRate().p()))
                    .append(cell(row.persistence().p())).append(cell(row.model().brier())).append(cell(row.model().log()))
                    .append(cell(row.pit())).append("</tr>\n");
        }
        h.append("</table>\n");
        return h.toString();
    }

    /** Writes a page holding only the hindcast. */
    public static void write(Path file, String title, Hindcasts.Result r, List<Report.Figure> figures) throws IOException {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Détente hindcast</title>"
                + "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222;padding:0 1em}"
                + "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;"
                + "font-size:14px}th{background:#f2f2f2}.num{text-align:right}img{max-width:100%;border:1px solid #eee}"
                + ".note{color:#555;font-size:13px}</style></head><body>\n<h1>Détente: " + Html.escape(title)
                + "</h1>\n" + section(r, figures, file.toAbsolutePath().getParent()) + "</body></html>\n";
        Files.writeString(file, page, StandardCharsets.UTF_8);
    }

    private static void summary(StringBuilder h, String name, double[] means) {
        h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%.3f</td>"
                + "<td class=\"num\">%.3f</td></tr>%n", name, (int) means[2], means[0], means[1]));
    }

    private static String cell(double x) {
        return "<td class=\"num\">" + (Double.isNaN(x) ? "" : x != 0 && Math.abs(x) < 0.001
                ? String.format(Locale.ROOT, "%.2g", x) : String.format(Locale.ROOT, "%.3f", x)) + "</td>";
    }
}
