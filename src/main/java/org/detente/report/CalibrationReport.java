package org.detente.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The calibration's page and its section of a report, from {@code calibration.json}. */
public final class CalibrationReport {

    private CalibrationReport() {
    }

    /** What the calibration does, in words. */
    public static final String MEANING = "Parameters nobody can measure directly are given a range (a uniform prior)."
            + " Each draw from that range is run as many one-year simulations; the draws whose simulated rates of"
            + " crises, counterspace acts and UN votes come nearest the rates recorded in 2008-2023 are kept, weighted"
            + " by how near they came, and corrected by a regression of parameters on the rates (approximate Bayesian"
            + " computation with regression adjustment). What is left, the posterior, is the range of parameter"
            + " values consistent with that record. Nothing from 2024 is used, so scoring the 2024 hindcast with it is"
            + " a test on data the model has not seen.";

    /** The section: meaning, parameters, targets, figures. */
    public static String section(JsonNode calibration, List<Report.Figure> figures, Path relativeTo) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<p class=\"note\">").append(Html.escape(MEANING)).append("</p>\n");
        h.append(String.format(Locale.ROOT, "<p>%,d prior draws x %,d runs each; %,d accepted (%.0f%%), effective"
                        + " sample size %.0f, regression adjustment %s.</p>%n", calibration.path("prior_draws").asInt(),
                calibration.path("replications_per_draw").asInt(), calibration.path("accepted").asInt(),
                100 * calibration.path("acceptance_rate").asDouble(),
                calibration.path("effective_sample_size").asDouble(),
                calibration.path("regression_adjusted").asBoolean() ? "applied" : "not applied"));
        for (JsonNode w : calibration.path("warnings")) {
            h.append("<p><strong>Warning:</strong> ").append(Html.escape(w.asText())).append("</p>\n");
        }
        h.append("<table><tr><th>parameter</th><th>prior</th><th>posterior mean</th><th>posterior sd</th>")
                .append("<th>90% interval</th><th>rejection only (no adjustment): mean, 90% interval</th></tr>\n");
        for (JsonNode p : calibration.path("parameters")) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=\"num\">%.3g</td>"
                            + "<td class=\"num\">%.3g</td><td class=\"num\">%.3g to %.3g</td>"
                            + "<td class=\"num\">%.3g, %.3g to %.3g</td></tr>%n",
                    Html.escape(p.path("name").asText()), Html.escape(p.path("prior").asText()),
                    p.path("posterior_mean").asDouble(), p.path("posterior_sd").asDouble(),
                    p.path("posterior_q05").asDouble(), p.path("posterior_q95").asDouble(),
                    p.path("rejection_mean").asDouble(), p.path("rejection_q05").asDouble(),
                    p.path("rejection_q95").asDouble()));
        }
        h.append("</table>\n<table><tr><th>statistic</th><th>observed (2008-2023)</th><th>mean over the prior</th>")
                .append("<th>mean over accepted draws</th><th>where the observed value comes from</th></tr>\n");
        for (JsonNode t : calibration.path("targets")) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"num\">%.3g</td><td class=\"num\">%.3g</td>"
                            + "<td class=\"num\">%.3g</td><td>%s</td></tr>%n", Html.escape(t.path("statistic").asText()),
                    t.path("observed").asDouble(), t.path("prior_predictive_mean").asDouble(),
                    t.path("accepted_mean").asDouble(), Html.escape(t.path("why").asText())));
        }
        h.append("</table>\n");
        for (Report.Figure f : figures) {
            h.append(Report.figureHtml(f));
        }
        return h.toString();
    }

    /** Writes the calibration's own page, reading {@code calibration.json} beside it. */
    public static void write(Path file, List<Report.Figure> figures, String summary)
            throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        JsonNode calibration = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(folder.resolve("calibration.json").toFile());
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Détente calibration"
                + "</title><style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222;padding:0 1em}"
                + "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;"
                + "font-size:14px}th{background:#f2f2f2}.num{text-align:right}img{max-width:100%;border:1px solid #eee}"
                + ".note{color:#555;font-size:13px}</style></head><body>\n<h1>Détente: calibration</h1>\n<p><strong>"
                + Html.escape(summary) + "</strong></p>\n" + section(calibration, figures, folder) + "</body></html>\n";
        Files.writeString(file, page, StandardCharsets.UTF_8);
    }
}
