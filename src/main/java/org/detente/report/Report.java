package org.detente.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import org.detente.analysis.Comparisons;
import org.detente.analysis.LeverEffects;
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
        list(text, outcomes, o -> String.format(Locale.ROOT, "%s %.1f%% [%.1f-%.1f]", o.scenario(),
                100 * o.crisisProbability(), 100 * o.crisisInterval().low(), 100 * o.crisisInterval().high()));
        text.append(" (95% Wilson intervals).");
        if (outcomes.stream().allMatch(o -> o.usRussiaRuns() == o.runs() && o.usRussiaCrises() == o.crises())) {
            text.append(" Every crisis is between the US and Russia (the same without allies).");
        } else if (outcomes.stream().anyMatch(o -> o.usRussiaRuns() > 0)) {
            text.append(" Between the US and Russia alone (without allies): ");
            list(text, outcomes, o -> o.usRussiaRuns() == 0 ? o.scenario() + " n/a (no US-Russia pair)"
                    : String.format(Locale.ROOT, "%s %.1f%% [%.1f-%.1f]", o.scenario(), 100 * o.usRussiaProbability(),
                            100 * o.usRussiaInterval().low(), 100 * o.usRussiaInterval().high()));
            text.append(".");
        }
        return text.toString();
    }

    /**
     * Writes {@code report.html}.
     *
     * @param manifests  the manifests of the results compared, parsed
     * @param outcomes   headline outcomes per scenario
     * @param figures    charts to show, in order
     * @param stats      the statistics table
     * @param pairwise   whether pairwise tests were made (few enough scenarios)
     * @param rawManifests the manifests as written, shown at the end
     */
    public static void write(Path file, List<JsonNode> manifests, List<RunSummary> outcomes, List<Figure> figures,
                             List<Comparisons.Stat> stats, boolean pairwise, List<String> rawManifests)
            throws IOException {
        write(file, manifests, outcomes, figures, stats, pairwise, rawManifests, List.of());
    }

    /**
     * As {@link #write(Path, List, List, List, List, boolean, List)}, with what each lever of a
     * lever factorial buys ({@link LeverEffects}; empty for none).
     */
    public static void write(Path file, List<JsonNode> manifests, List<RunSummary> outcomes, List<Figure> figures,
                             List<Comparisons.Stat> stats, boolean pairwise, List<String> rawManifests,
                             List<LeverEffects.Effect> levers) throws IOException {
        write(file, manifests, outcomes, figures, stats, pairwise, rawManifests, levers, List.of());
    }

    /**
     * A section of a report with its own heading, placed right after the headline numbers
     * (parameter uncertainty, sensitivity, hindcast).
     *
     * @param title heading
     * @param html  the section's body
     */
    public record Section(String title, String html) {
    }

    /** A figure as HTML, its PNG embedded so the page stands alone. */
    public static String figureHtml(Figure f) throws IOException {
        String data = Base64.getEncoder().encodeToString(Files.readAllBytes(f.png()));
        return "<figure><img alt=\"" + Html.escape(f.title()) + "\" src=\"data:image/png;base64," + data
                + "\"><figcaption>" + Html.escape(f.title()) + "</figcaption></figure>\n";
    }

    /** As the method above, with sections after the headline numbers. */
    public static void write(Path file, List<JsonNode> manifests, List<RunSummary> outcomes, List<Figure> figures,
                             List<Comparisons.Stat> stats, boolean pairwise, List<String> rawManifests,
                             List<LeverEffects.Effect> levers, List<Section> sections) throws IOException {
        List<JsonNode> scenarios = new ArrayList<>();
        manifests.forEach(m -> m.path("scenarios").forEach(scenarios::add));
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Détente comparison report</title><style>")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222;padding:0 1em}")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:14px}")
                .append("th{background:#f2f2f2}.num{text-align:right}img{max-width:100%;border:1px solid #eee}")
                .append("pre{background:#f6f6f6;padding:1em;overflow:auto;font-size:12px}")
                .append(".override{background:#fff3cd}.note{color:#555;font-size:13px}")
                .append("</style></head><body>\n<h1>Détente: comparison of scenarios</h1>\n");
        h.append("<p><strong>").append(Html.escape(headline(outcomes))).append("</strong></p>\n");
        h.append("<p class=\"note\">Runs of different scenarios with the same replication number share their seed"
                + " (common random numbers), so differences are paired. Intervals are 95%: Wilson for"
                + " probabilities, Student t for means.</p>\n");

        h.append("<h2>What was compared</h2>\n<table><tr><th></th>");
        for (JsonNode s : scenarios) {
            h.append("<th>").append(Html.escape(s.path("name").asText())).append("</th>");
        }
        h.append("</tr>\n");
        row(h, "description", scenarios, s -> Html.escape(s.path("description").asText()));
        row(h, "horizon, crisis threshold", scenarios, s -> s.path("horizon_days").asInt() + " days, rung "
                + s.path("crisis_threshold").asInt());
        row(h, "actors and strategies", scenarios, s -> join(s.path("actors"), a -> Html.escape(a.path("id").asText()
                + ": " + a.path("strategy").asText() + (a.has("statements_per_month")
                ? ", " + num(a.path("statements_per_month").asDouble()) + " public statements/month" : ""))));
        row(h, "channels", scenarios, s -> join(s.path("channels"), c -> Html.escape(c.path("id").asText() + " ("
                + c.path("kind").asText() + ", " + c.path("members").asText() + "): "
                + num(c.path("capacity_per_month").asDouble()) + "/month, noise " + num(c.path("noise").asDouble())
                + ", latency " + c.path("latency_days").asInt() + " d" + (c.path("open").asBoolean() ? "" : ", closed"))));
        row(h, "timeline", scenarios, s -> join(s.path("timeline"), e -> Html.escape("day " + e.path("day").asInt()
                + ": " + e.path("event").asText())));
        row(h, "texts", scenarios, s -> join(s.path("texts"), t -> Html.escape(t.path("file").asText())));
        row(h, "model parameters", scenarios, s -> Html.escape(differingParameters(s, scenarios)));
        h.append("</table>\n");

        h.append("<h2>Stances and their evidence</h2>\n");
        List<String> shown = new ArrayList<>();
        for (JsonNode s : scenarios) {
            String key = s.path("texts").toString() + s.path("overrides").toString();
            if (shown.contains(key)) {
                h.append("<p class=\"note\">").append(Html.escape(s.path("name").asText()))
                        .append(": the same texts and overrides as above.</p>\n");
                continue;
            }
            shown.add(key);
            stances(h, s);
        }

        h.append("<h2>Headline numbers</h2>\n<table><tr><th>scenario</th><th>runs</th><th>crises</th>")
                .append("<th>P(crisis)</th><th>95% interval</th><th>P(crisis), US-Russia only</th><th>95% interval</th>")
                .append("<th>mean peak rung</th>")
                .append("<th>mean escalation score</th><th>mean misperceptions</th><th>mean first crisis day</th></tr>\n");
        for (RunSummary o : outcomes) {
            h.append(String.format(Locale.ROOT,
                    "<tr><td>%s</td><td class=num>%,d</td><td class=num>%,d</td><td class=num>%.3f</td>"
                            + "<td class=num>%.3f&ndash;%.3f</td>%s<td class=num>%.2f</td><td class=num>%.1f</td>"
                            + "<td class=num>%.1f</td><td class=num>%s</td></tr>%n",
                    Html.escape(o.scenario()), o.runs(), o.crises(), o.crisisProbability(), o.crisisInterval().low(),
                    o.crisisInterval().high(), o.usRussiaRuns() == 0 ? "<td colspan=2>n/a (no US-Russia pair)</td>"
                            : String.format(Locale.ROOT, "<td class=num>%.3f</td><td class=num>%.3f&ndash;%.3f</td>",
                            o.usRussiaProbability(), o.usRussiaInterval().low(), o.usRussiaInterval().high()),
                    o.meanPeakRung(), o.meanEscalationScore(), o.meanMisperceptions(),
                    Double.isNaN(o.meanFirstCrisisDay()) ? "&ndash;"
                            : String.format(Locale.ROOT, "%.1f", o.meanFirstCrisisDay())));
        }
        h.append("</table>\n");
        for (Section section : sections) {
            h.append("<h2>").append(Html.escape(section.title())).append("</h2>\n").append(section.html());
        }
        levers(h, levers);
        h.append("<h2>Charts</h2>\n");
        for (Figure f : figures) {
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(f.png()));
            h.append("<figure><img alt=\"").append(Html.escape(f.title())).append("\" src=\"data:image/png;base64,")
                    .append(data).append("\"><figcaption>").append(Html.escape(f.title()))
                    .append("</figcaption></figure>\n");
        }
        h.append("<h2>Statistics</h2>\n");
        long pairs = stats.stream().filter(x -> x.kind().equals("pair")).map(x -> x.scenario() + "|" + x.other())
                .distinct().count();
        if (pairs > 1) {
            h.append("<p class=\"note\">").append(pairs).append(" pairs of scenarios are compared, so each test is")
                    .append(" run ").append(pairs).append(" times: read the Holm-adjusted p-values (p Holm), which keep")
                    .append(" the chance of any false positive in a family of tests below 5% (Holm 1979).</p>\n");
        } else if (!pairwise) {
            h.append("<p class=\"note\">Too many scenarios or design points for pairwise tests; per-scenario")
                    .append(" statistics only.</p>\n");
        }
        h.append("<table><tr><th>scenario</th><th>other</th><th>statistic</th><th>value</th><th>95% interval</th>")
                .append("<th>p</th><th>p Holm</th><th>n</th></tr>\n");
        for (Comparisons.Stat st : stats) {
            h.append("<tr><td>").append(Html.escape(st.scenario())).append("</td><td>").append(Html.escape(st.other()))
                    .append("</td><td>").append(Html.escape(st.statistic())).append("</td><td class=num>")
                    .append(num(st.value())).append("</td><td class=num>")
                    .append(Double.isNaN(st.ciLow()) ? "" : num(st.ciLow()) + " &ndash; " + num(st.ciHigh()))
                    .append("</td><td class=num>").append(pValue(st.p())).append("</td><td class=num>")
                    .append(pValue(st.pHolm())).append("</td><td class=num>").append(st.n()).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Manifests</h2>\n");
        for (String manifest : rawManifests) {
            h.append("<details><summary>manifest.json</summary><pre>").append(Html.escape(manifest))
                    .append("</pre></details>\n");
        }
        h.append("</body></html>\n");
        Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    }

    /** Appends one item per outcome: "a, b and c". */
    private static void list(StringBuilder text, List<RunSummary> outcomes,
                             java.util.function.Function<RunSummary, String> item) {
        for (int i = 0; i < outcomes.size(); i++) {
            text.append(i == 0 ? "" : i == outcomes.size() - 1 ? " and " : ", ").append(item.apply(outcomes.get(i)));
        }
    }

    /** The lever decomposition as lines for the console, one per lever and one for the whole. */
    public static List<String> leverLines(List<LeverEffects.Effect> levers) {
        List<String> lines = new ArrayList<>();
        if (levers.isEmpty()) {
            return lines;
        }
        lines.add("What each lever buys (P(crisis) at escalation minus with the lever alone at its dialogue value;"
                + " main effect over the other levers; points, 95% intervals):");
        for (LeverEffects.Effect alone : levers) {
            if (!alone.kind().equals("alone")) {
                continue;
            }
            LeverEffects.Effect main = mainEffect(levers, alone.lever());
            lines.add(String.format(Locale.ROOT, "  %-40s alone %s, main effect %s", leverName(alone.lever()) + " ("
                    + alone.from() + " -> " + alone.to() + ")", points(alone), points(main)));
        }
        for (LeverEffects.Effect e : levers) {
            if (e.lever().isEmpty()) {
                lines.add(String.format(Locale.ROOT, "  %-40s %s", e.kind().equals("total")
                        ? "escalation minus dialogue" : "interactions (total minus the levers alone)", points(e)));
            }
        }
        return lines;
    }

    private static LeverEffects.Effect mainEffect(List<LeverEffects.Effect> levers, String lever) {
        return levers.stream().filter(e -> e.kind().equals("main effect") && e.lever().equals(lever)).findFirst()
                .orElseThrow();
    }

    private static String points(LeverEffects.Effect e) {
        return String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f]", 100 * e.value(), 100 * e.ci().low(),
                100 * e.ci().high());
    }

    /** A lever's parameter path in words: {@code actors.USA.strategy} is "USA strategy". */
    static String leverName(String path) {
        String[] p = path.split("\\.");
        if (p.length == 3 && p[0].equals("actors")) {
            return switch (p[2]) {
                case "strategy" -> p[1] + " strategy";
                case "statements_per_month" -> p[1] + " public statements a month";
                default -> path;
            };
        }
        if (p.length == 3 && p[0].equals("channels")) {
            return switch (p[2]) {
                case "open" -> p[1] + " channel open";
                case "capacity_per_month" -> p[1] + " channel contacts a month";
                default -> path;
            };
        }
        if (p.length == 3 && p[0].equals("timeline") && p[2].equals("enabled")) {
            return p[1] + " held";
        }
        return path;
    }

    private static void levers(StringBuilder h, List<LeverEffects.Effect> levers) {
        if (levers.isEmpty()) {
            return;
        }
        long pairs = levers.get(0).pairs();
        h.append("<h2>What each lever buys</h2>\n<p class=\"note\">Levers run as a two-level full factorial (")
                .append(pairs).append(" replications a point, the same seeds at every point); in")
                .append(" scenarios/levers.yaml the US and allied levers that separate escalation from dialogue, each")
                .append(" listed with its dialogue value first and its escalation value second. <em>Alone</em>:")
                .append(" P(crisis) with every lever at its second value (escalation) minus P(crisis) with only this")
                .append(" lever switched to its first (dialogue) value.")
                .append(" <em>Main effect</em>: the same switch averaged over every setting of the other levers.")
                .append(" Percentage points, positive when the dialogue value lowers the risk; 95% intervals over")
                .append(" the paired replications. Where the levers alone do not add up to the whole difference,")
                .append(" the rest is their interaction.</p>\n<table><tr><th>lever</th><th>second value")
                .append(" &rarr; first value</th><th>alone</th><th>main effect</th></tr>\n");
        for (LeverEffects.Effect alone : levers) {
            if (!alone.kind().equals("alone")) {
                continue;
            }
            LeverEffects.Effect main = mainEffect(levers, alone.lever());
            h.append("<tr><td>").append(Html.escape(leverName(alone.lever()))).append("</td><td>")
                    .append(Html.escape(alone.from() + " → " + alone.to())).append("</td><td class=num>")
                    .append(Html.escape(points(alone))).append("</td><td class=num>").append(Html.escape(points(main)))
                    .append("</td></tr>\n");
        }
        for (LeverEffects.Effect e : levers) {
            if (e.lever().isEmpty()) {
                h.append("<tr><th colspan=2>").append(e.kind().equals("total")
                        ? "all second values minus all first (escalation minus dialogue)"
                        : "interactions (the whole minus the levers alone)").append("</th><td class=num>")
                        .append(Html.escape(points(e))).append("</td><td></td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, String name, List<JsonNode> scenarios,
                            java.util.function.Function<JsonNode, String> cell) {
        h.append("<tr><th>").append(Html.escape(name)).append("</th>");
        for (JsonNode s : scenarios) {
            h.append("<td>").append(cell.apply(s)).append("</td>");
        }
        h.append("</tr>\n");
    }

    private static String join(JsonNode array, java.util.function.Function<JsonNode, String> item) {
        List<String> items = new ArrayList<>();
        array.forEach(a -> items.add(item.apply(a)));
        return items.isEmpty() ? "&ndash;" : String.join("<br>", items);
    }

    /** The model parameters in which a scenario differs from the others (all shown if they all differ). */
    private static String differingParameters(JsonNode s, List<JsonNode> scenarios) {
        List<String> differences = new ArrayList<>();
        s.path("model_parameters").properties().forEach(e -> {
            for (JsonNode other : scenarios) {
                if (other.path("model_parameters").path(e.getKey()).asDouble() != e.getValue().asDouble()) {
                    differences.add(e.getKey() + " = " + num(e.getValue().asDouble()));
                    return;
                }
            }
        });
        return differences.isEmpty() ? "the defaults (docs/ODD.md)" : String.join(", ", differences);
    }

    private static void stances(StringBuilder h, JsonNode s) {
        h.append("<h3>").append(Html.escape(s.path("name").asText())).append("</h3>\n<table><tr><th>actor</th>");
        for (String d : List.of("D", "R", "T", "TR", "N", "AL")) {
            h.append("<th>").append(d).append("</th>");
        }
        h.append("</tr>\n");
        s.path("stances").properties().forEach(actor -> {
            h.append("<tr><td>").append(Html.escape(actor.getKey())).append("</td>");
            for (String d : List.of("D", "R", "T", "TR", "N", "AL")) {
                JsonNode v = actor.getValue().path(d);
                boolean overridden = v.path("used").asDouble() != v.path("coded").asDouble();
                h.append(overridden ? "<td class=\"override num\">" : "<td class=num>");
                if (v.path("evidence").asInt() == 0 && !overridden) {
                    h.append("text silent");
                } else {
                    h.append(num(v.path("used").asDouble())).append(" <span class=note>(c ")
                            .append(num(v.path("confidence").asDouble())).append(", n ")
                            .append(v.path("evidence").asInt()).append(overridden ? ", coded "
                                    + num(v.path("coded").asDouble()) : "").append(")</span>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        });
        h.append("</table>\n");
        for (JsonNode o : s.path("overrides")) {
            h.append("<p class=\"note\">Override: ").append(Html.escape(o.path("actor").asText() + "."
                    + o.path("dimension").asText() + " = " + num(o.path("used").asDouble()) + " instead of "
                    + num(o.path("coded").asDouble()) + ": " + o.path("reason").asText())).append("</p>\n");
        }
        h.append("<details><summary>Coded events (").append(s.path("coded_events").size())
                .append(")</summary><table><tr><th>where</th><th>text</th><th>speaker</th><th>source&rarr;target</th>")
                .append("<th>CAMEO</th><th>Goldstein</th><th>cues</th></tr>\n");
        for (JsonNode e : s.path("coded_events")) {
            h.append("<tr><td>").append(Html.escape(e.path("document").asText() + " " + e.path("paragraph").asInt()
                    + "." + e.path("sentence").asInt())).append("</td><td>").append(Html.escape(e.path("text").asText()))
                    .append("</td><td>").append(Html.escape(e.path("speaker").asText())).append("</td><td>")
                    .append(Html.escape(e.path("source").asText() + " -> " + e.path("target").asText()))
                    .append("</td><td>").append(Html.escape(e.path("cameo").asText())).append("</td><td class=num>")
                    .append(num(e.path("goldstein").asDouble())).append("</td><td>")
                    .append(Html.escape(e.path("cues").asText() + (e.path("modality").asText().isEmpty() ? ""
                            : " [" + e.path("modality").asText() + "]"))).append("</td></tr>\n");
        }
        h.append("</table></details>\n");
    }

    private static String num(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e9) {
            return Long.toString((long) x);
        }
        String text = new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", x)).stripTrailingZeros().toPlainString();
        return text;
    }

    private static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 1e-4 ? "&lt; 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
