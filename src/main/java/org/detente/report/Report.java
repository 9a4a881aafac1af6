package org.detente.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.detente.analysis.Comparisons;
import org.detente.analysis.LeverEffects;
import org.detente.analysis.RunSummary;

/**
 * A self-contained HTML report for a reader who knows international relations but not this
 * code: a summary with the answer and its uncertainty, what was compared and how the scenarios
 * differ, the headline numbers and the differences between scenarios with their intervals, the
 * charts (inlined PNG) with captions that say what to look at, a glossary, methods and
 * limitations, and the manifests as tables with the raw JSON collapsed. Every string from a
 * user (names, descriptions, texts) is escaped.
 */
public final class Report {

    /**
     * A chart to show.
     *
     * @param title   the figure's title
     * @param png     the PNG file
     * @param caption what to look at in it (empty for none)
     */
    public record Figure(String title, Path png, String caption) {

        /** A figure without a caption. */
        public Figure(String title, Path png) {
            this(title, png, "");
        }
    }

    /**
     * A section of a report with its own heading, placed after the differences between
     * scenarios (parameter uncertainty, sensitivity, hindcast).
     *
     * @param title heading
     * @param html  the section's body
     */
    public record Section(String title, String html) {
    }

    /**
     * Everything a comparison report shows.
     *
     * @param manifests    the manifests of the results compared, parsed
     * @param outcomes     headline outcomes per scenario (under the names shown)
     * @param figures      charts to show, in order
     * @param stats        the statistics ({@code stats.csv})
     * @param pairwise     whether pairwise tests were made (few enough scenarios)
     * @param rawManifests the manifests as written, collapsed at the end
     * @param levers       what each lever of a lever factorial buys (empty for none)
     * @param sections     sections made elsewhere
     * @param unpaired     pairs of scenarios compared as independent samples, in words (empty if all paired)
     * @param rungs        the escalation ladder's rungs by name
     * @param columns      the series shown, each with its scenario (empty: every scenario of the manifests)
     */
    public record Input(List<JsonNode> manifests, List<RunSummary> outcomes, List<Figure> figures,
                        List<Comparisons.Stat> stats, boolean pairwise, List<String> rawManifests,
                        List<LeverEffects.Effect> levers, List<Section> sections, List<String> unpaired,
                        List<String> rungs, List<Column> columns) {
    }

    /**
     * One series of the comparison as the table of what was compared shows it.
     *
     * @param label    the name it is shown by
     * @param scenario its scenario's entry in the manifest
     * @param design   what its design point sets, in words (empty for none)
     * @param changes  the parameter paths its design sets ({@code channels.dialogue.capacity_per_month})
     */
    public record Column(String label, JsonNode scenario, String design, List<String> changes) {

        /** A column without a design. */
        public Column(String label, JsonNode scenario, String design) {
            this(label, scenario, design, List.of());
        }
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
        if (outcomes.stream().allMatch(o -> o.anyPairCrises() == o.crises())) {
            text.append(" Counting a crisis between any pair of actors gives the same.");
        } else {
            text.append(" Counting a crisis between any pair of actors, not only the scenario's crisis dyads: ");
            list(text, outcomes, o -> String.format(Locale.ROOT, "%s %.1f%% [%.1f-%.1f]", o.scenario(),
                    100 * o.anyPairProbability(), 100 * o.anyPairInterval().low(), 100 * o.anyPairInterval().high()));
            text.append(".");
        }
        return text.toString();
    }

    /** A figure as HTML, its PNG embedded so the page stands alone. */
    public static String figureHtml(Figure f) throws IOException {
        String data = Base64.getEncoder().encodeToString(Files.readAllBytes(f.png()));
        return "<figure><img alt=\"" + Html.escape(f.title()) + "\" src=\"data:image/png;base64," + data
                + "\"><figcaption><b>" + Html.escape(f.title()) + ".</b>"
                + (f.caption().isEmpty() ? "" : " " + Html.escape(f.caption())) + "</figcaption></figure>\n";
    }

    private static final String STYLE = "body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222;"
            + "padding:0 1em;line-height:1.45}table{border-collapse:collapse;margin:0.5em 0 1.5em}"
            + "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:14px}"
            + "th{background:#f2f2f2;text-align:left}.num{text-align:right;white-space:nowrap}"
            + "img{max-width:100%;border:1px solid #eee}figure{margin:1.5em 0}figcaption{font-size:14px;color:#333}"
            + "pre{background:#f6f6f6;padding:1em;overflow:auto;font-size:12px}"
            + ".override{background:#fff3cd}.differs{background:#eef5ff}.note{color:#555;font-size:13px}"
            + ".summary{background:#f7f9fc;border-left:4px solid #4C72B0;padding:0.6em 1em;font-size:16px}"
            + "dt{font-weight:bold;margin-top:0.5em}dd{margin-left:1.5em}nav a{margin-right:1em}";

    /** Writes {@code report.html}. */
    public static void write(Path file, Input in) throws IOException {
        List<Column> columns = new ArrayList<>(in.columns());
        if (columns.isEmpty()) {
            in.manifests().forEach(m -> m.path("scenarios").forEach(s -> columns.add(new Column(s.path("name").asText(),
                    s, ""))));
        }
        List<JsonNode> scenarios = columns.stream().map(Column::scenario).toList();
        int threshold = scenarios.isEmpty() ? 4 : scenarios.get(0).path("crisis_threshold").asInt(4);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Détente comparison report</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>Détente: comparison of scenarios</h1>\n")
                .append("<nav><a href=\"#summary\">Summary</a><a href=\"#compared\">What was compared</a>")
                .append("<a href=\"#results\">Results</a><a href=\"#charts\">Charts</a>")
                .append("<a href=\"#glossary\">Glossary</a><a href=\"#methods\">Methods and limitations</a>")
                .append("<a href=\"#runs\">About these runs</a></nav>\n");

        h.append("<h2 id=\"summary\">Summary</h2>\n<p class=\"summary\">").append(summary(in, scenarios, threshold))
                .append("</p>\n");

        h.append("<h2 id=\"compared\">What was compared</h2>\n<p class=\"note\">Each column is a scenario; shaded")
                .append(" rows are where the scenarios differ (the levers of the comparison). Terms are explained in")
                .append(" the <a href=\"#glossary\">glossary</a>.</p>\n");
        compared(h, columns);
        h.append("<h3>Stances and their evidence</h3>\n<p class=\"note\">Coded from the texts listed above, from 0")
                .append(" to 1; 0.5 is neutral. Beside each value: the coder's confidence (c) and the number of")
                .append(" statements behind it (n). Shaded cells were set by the scenario instead.</p>\n");
        List<String> shown = new ArrayList<>();
        for (JsonNode s : new java.util.LinkedHashSet<>(scenarios)) {
            String key = s.path("texts").toString() + s.path("overrides").toString();
            if (shown.contains(key)) {
                h.append("<p class=\"note\">").append(Html.escape(s.path("name").asText()))
                        .append(": the same texts and stances as above.</p>\n");
                continue;
            }
            shown.add(key);
            stances(h, s);
        }

        h.append("<h2 id=\"results\">Results</h2>\n");
        headlineTable(h, in.outcomes(), in.stats());
        differences(h, in);
        for (Section section : in.sections()) {
            h.append("<h2>").append(Html.escape(section.title())).append("</h2>\n").append(section.html());
        }
        levers(h, in.levers());

        h.append("<h2 id=\"charts\">Charts</h2>\n");
        for (Figure f : in.figures()) {
            h.append(figureHtml(f));
        }

        h.append("<h2 id=\"glossary\">Glossary</h2>\n<dl>\n");
        for (String[] entry : ReportText.glossary(threshold, in.rungs())) {
            h.append("<dt>").append(entry[0]).append("</dt><dd>").append(entry[1]).append("</dd>\n");
        }
        h.append("</dl>\n<h2 id=\"methods\">Methods</h2>\n").append(ReportText.METHODS)
                .append("\n<h2>Limitations</h2>\n").append(ReportText.LIMITATIONS).append("\n");

        allStatistics(h, in);
        h.append("<h2 id=\"runs\">About these runs</h2>\n");
        for (int i = 0; i < in.manifests().size(); i++) {
            manifest(h, in.manifests().get(i));
            h.append("<details class=\"data\"><summary>manifest.json as written</summary><pre>")
                    .append(Html.escape(in.rawManifests().get(i))).append("</pre></details>\n");
        }
        h.append("</body></html>\n");
        Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    }

    /** The answer in a paragraph: each scenario's risk, the differences from the first, and how sure they are. */
    static String summary(Input in, List<JsonNode> scenarios, int threshold) {
        List<RunSummary> outcomes = in.outcomes();
        if (outcomes.isEmpty()) {
            return "No scenarios to compare.";
        }
        StringBuilder t = new StringBuilder();
        long fewest = outcomes.stream().mapToLong(RunSummary::runs).min().orElse(0);
        long most = outcomes.stream().mapToLong(RunSummary::runs).max().orElse(0);
        java.util.TreeSet<Integer> horizons = new java.util.TreeSet<>();
        scenarios.forEach(s -> horizons.add(s.path("horizon_days").asInt()));
        String rung = in.rungs().get(Math.min(threshold, in.rungs().size() - 1));
        if (!in.pairwise()) {
            t.append(Html.escape(headline(outcomes)));
        } else {
            t.append(String.format(Locale.ROOT, "Over %s simulated runs of %s days per scenario, a crisis (%s reaching"
                            + " rung %d, %s, or higher) occurred in ",
                    fewest == most ? String.format(Locale.ROOT, "%,d", fewest)
                            : String.format(Locale.ROOT, "%,d to %,d", fewest, most),
                    horizons.size() == 1 ? horizons.first().toString() : horizons.first() + " to " + horizons.last(),
                    Html.escape(dyads(scenarios)), threshold, Html.escape(rung)));
            for (int i = 0; i < outcomes.size(); i++) {
                RunSummary o = outcomes.get(i);
                t.append(i == 0 ? "" : i == outcomes.size() - 1 ? " and " : ", ").append(String.format(Locale.ROOT,
                        "%.1f%% of <b>%s</b> runs (95%% interval %.1f-%.1f%%)", 100 * o.crisisProbability(),
                        Html.escape(o.scenario()), 100 * o.crisisInterval().low(), 100 * o.crisisInterval().high()));
            }
            t.append(".");
            if (horizons.size() > 1) {
                t.append(" The scenarios cover different numbers of days, so their probabilities are of different"
                        + " periods and their differences mix the two.");
            }
            String reference = outcomes.get(0).scenario();
            for (RunSummary o : outcomes.subList(1, outcomes.size())) {
                difference(in.stats(), o.scenario(), reference).ifPresent(d -> {
                    boolean clear = d.ciLow() > 0 || d.ciHigh() < 0;
                    boolean paired = d.statistic().startsWith("paired");
                    boolean subset = paired && d.n() < Math.max(o.runs(), outcomes.get(0).runs());
                    t.append(String.format(Locale.ROOT, " Against %s, %s %s the risk by %.1f percentage points"
                                    + " (%+.1f to %+.1f%s)%s.", Html.escape(reference), Html.escape(o.scenario()),
                            d.value() < 0 ? "lowers" : "raises", Math.abs(100 * d.value()), 100 * d.ciLow(),
                            100 * d.ciHigh(), subset ? String.format(Locale.ROOT, "; over the %,d runs both have",
                                    d.n()) : "", clear ? ", more than chance would give"
                                    : ", which cannot be told from no difference with this many runs"));
                });
            }
            if (outcomes.size() > 1) {
                t.append(in.unpaired().isEmpty() ? " Runs with the same number share their chance events in every"
                        + " scenario, so the differences are paired."
                        : " Runs with different seeds, compared as independent samples with wider intervals: "
                        + Html.escape(String.join("; ", in.unpaired())) + ".");
            }
        }
        for (RunSummary o : outcomes) {
            if (o.runs() > 0 && (o.crises() == 0 || o.crises() == o.runs())) {
                t.append(" Note: ").append(Html.escape(o.scenario())).append(o.crises() == 0 ? " had no crisis in any"
                        : " had a crisis in every").append(" run, so it cannot show how much further a change would"
                        + " move the risk.");
            }
        }
        if (!in.sections().isEmpty()) {
            t.append(" The sections below the results add ").append(Html.escape(sectionNames(in.sections())))
                    .append(".");
            if (in.sections().stream().anyMatch(x -> x.title().toLowerCase(Locale.ROOT).contains("parameter uncert"))) {
                t.append(" The figures above are at the default parameters and their intervals hold the runs'"
                        + " chance only; the section under parameter uncertainty gives them with the parameters"
                        + " calibrated on the record and what it leaves open, and those are the ones to quote.");
            }
        }
        t.append(" These are the model's outcomes under the assumptions listed under <a href=\"#methods\">Limitations</a>,"
                + " not forecasts.");
        return t.toString();
    }


    /** Whose crisis the headline counts, in words: "the US and Russia", or "any pair of actors". */
    static String dyads(List<JsonNode> scenarios) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (JsonNode s : scenarios) {
            all.add(dyadsOf(s));
        }
        return all.size() == 1 ? all.iterator().next() : "the crisis dyads each scenario names";
    }

    private static String dyadsOf(JsonNode scenario) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode d : scenario.path("crisis_dyads")) {
            pairs.add(d.path(0).asText() + " and " + d.path(1).asText());
        }
        return pairs.isEmpty() ? "any pair of actors" : String.join(", or ", pairs);
    }

    private static String sectionNames(List<Section> sections) {
        List<String> names = new ArrayList<>();
        for (Section s : sections) {
            String title = s.title().toLowerCase(Locale.ROOT);
            String name = title.contains("posterior") ? "intervals that also hold parameter uncertainty"
                    : title.contains("depends on the parameters") ? "how much the answer depends on the parameters"
                    : title.contains("hindcast") ? "a score against what happened in 2024"
                    : title.startsWith("why runs escalated") ? "the story of each scenario's most typical crisis run"
                    : s.title();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The difference in P(crisis) of a scenario against another, paired or not, from the statistics. */
    private static Optional<Comparisons.Stat> difference(List<Comparisons.Stat> stats, String scenario, String other) {
        return stats.stream().filter(s -> s.kind().equals("pair") && s.scenario().equals(scenario)
                && s.other().equals(other) && s.statistic().endsWith("crisis_difference")).findFirst();
    }

    private static void compared(StringBuilder h, List<Column> columns) {
        List<JsonNode> scenarios = columns.stream().map(Column::scenario).toList();
        h.append("<table><tr><th></th>");
        for (Column c : columns) {
            h.append("<th>").append(Html.escape(c.label())).append("</th>");
        }
        h.append("</tr>\n");
        if (columns.stream().anyMatch(c -> !c.design().isEmpty())) {
            h.append("<tr class=\"differs\"><th>set by the design</th>");
            columns.forEach(c -> h.append("<td>").append(Html.escape(c.design().isEmpty() ? "as the scenario file"
                    : c.design())).append("</td>"));
            h.append("</tr>\n");
        }
        row(h, "scenario file", scenarios, s -> Html.escape(s.path("name").asText() + " (" + s.path("file").asText()
                + ")"));
        row(h, "description", scenarios, s -> Html.escape(s.path("description").asText()));
        row(h, "days simulated; crisis from rung", scenarios, s -> s.path("horizon_days").asInt() + " days; rung "
                + s.path("crisis_threshold").asInt());
        row(h, "crisis counted between", scenarios, s -> Html.escape(dyadsOf(s)));
        row(h, "start date", scenarios, s -> Html.escape(s.path("start_date").asText("none (days are counted)")));
        row(h, "actors and strategies", scenarios, s -> join(s.path("actors"), a -> Html.escape(a.path("id").asText()
                + ": " + ReportText.strategy(a.path("strategy").asText()) + (a.has("statements_per_month")
                ? ", " + num(a.path("statements_per_month").asDouble()) + " public statements a month" : ""))));
        columnRow(h, "channels", columns, "channels.", s -> join(s.path("channels"), c -> Html.escape(c.path("id").asText() + " ("
                + ReportText.channelKind(c.path("kind").asText()) + ", " + c.path("members").asText() + "): "
                + num(c.path("capacity_per_month").asDouble()) + " contacts a month, noise "
                + num(c.path("noise").asDouble()) + ", delay " + c.path("latency_days").asInt()
                + (c.path("latency_days").asInt() == 1 ? " day" : " days")
                + (c.path("open").asBoolean() ? "" : ", closed"))));
        row(h, "scripted events", scenarios, s -> join(s.path("timeline"), e -> Html.escape("day "
                + e.path("day").asInt() + ": " + ReportText.event(e.path("event").asText()))));
        row(h, "texts coded", scenarios, s -> join(s.path("texts"), t -> Html.escape(t.path("file").asText())));
        columnRow(h, "model parameters", columns, "model.", s -> Html.escape(differingParameters(s, scenarios)));
        h.append("</table>\n");
    }

    private static void headlineTable(StringBuilder h, List<RunSummary> outcomes, List<Comparisons.Stat> stats) {
        h.append("<h3>Each scenario</h3>\n<table><tr><th>scenario</th><th>runs</th><th>runs with a crisis</th>")
                .append("<th>P(crisis), 95% interval</th><th>P(crisis) between any pair of actors</th>")
                .append("<th>mean highest rung</th><th>escalation score per actor pair and day (mean)</th>")
                .append("<th>raw escalation score (mean)</th><th>misperceived signals per run (mean)</th>")
                .append("<th>first crisis day, mean over the runs with one</th></tr>\n");
        for (RunSummary o : outcomes) {
            Optional<Comparisons.Stat> perPair = stats.stream().filter(s -> s.kind().equals("scenario")
                    && s.scenario().equals(o.scenario()) && s.statistic().equals("mean_escalation_per_pair_day"))
                    .findFirst();
            h.append(String.format(Locale.ROOT,
                    "<tr><td>%s</td><td class=num>%,d</td><td class=num>%,d</td><td class=num>%.1f%% (%.1f-%.1f%%)</td>"
                            + "%s<td class=num>%.2f</td><td class=num>%s</td><td class=num>%s</td>"
                            + "<td class=num>%.1f</td><td class=num>%s</td></tr>%n",
                    Html.escape(o.scenario()), o.runs(), o.crises(), 100 * o.crisisProbability(),
                    100 * o.crisisInterval().low(), 100 * o.crisisInterval().high(), String.format(Locale.ROOT,
                            "<td class=num>%.1f%% (%.1f-%.1f%%)</td>", 100 * o.anyPairProbability(),
                            100 * o.anyPairInterval().low(), 100 * o.anyPairInterval().high()),
                    o.meanPeakRung(), perPair.map(s -> String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", s.value(),
                            s.ciLow(), s.ciHigh())).orElse("&ndash;"), grouped(o.meanEscalationScore()),
                    o.meanMisperceptions(), Double.isNaN(o.meanFirstCrisisDay()) ? "no crisis"
                            : String.format(Locale.ROOT, "day %.0f (%,d %s)", o.meanFirstCrisisDay(), o.crises(),
                            o.crises() == 1 ? "run" : "runs")));
        }
        h.append("</table>\n");
        if (outcomes.stream().anyMatch(o -> o.crises() > 0 && o.crises() < 30)) {
            h.append("<p class=\"note\">A mean first crisis day over fewer than 30 runs with a crisis is rough; the")
                    .append(" number of runs behind each is in brackets.</p>\n");
        }
    }

    /** The differences between scenarios: the effect and its interval first, then the tests. */
    private static void differences(StringBuilder h, Input in) {
        List<Comparisons.Stat> pairs = in.stats().stream().filter(s -> s.kind().equals("pair")
                && s.statistic().endsWith("crisis_difference")).toList();
        if (pairs.isEmpty()) {
            if (!in.pairwise()) {
                h.append("<p class=\"note\">Too many scenarios or design points for pairwise comparisons; the")
                        .append(" statistics of each are in stats.csv.</p>\n");
            }
            return;
        }
        h.append("<h3>Differences between scenarios</h3>\n<p class=\"note\">The first scenario named minus the")
                .append(" second. Effects first, then how likely they are under chance alone (p-values adjusted for")
                .append(" the number of comparisons by Holm's method).</p>\n<table><tr><th>comparison</th>")
                .append("<th>change in P(crisis), percentage points (95% interval)</th><th>runs compared</th>")
                .append("<th>chance a run of the first has the higher escalation score per actor pair and day")
                .append(" (Vargha-Delaney A)</th>")
                .append("<th>p, crisis probability</th><th>p, time to crisis (log-rank)</th>")
                .append("<th>p, escalation score (Mann-Whitney)</th></tr>\n");
        for (Comparisons.Stat d : pairs) {
            boolean paired = d.statistic().startsWith("paired");
            h.append("<tr><td>").append(Html.escape(d.scenario())).append(" minus ").append(Html.escape(d.other()))
                    .append("</td><td class=num>").append(String.format(Locale.ROOT, "%+.1f (%+.1f to %+.1f)",
                            100 * d.value(), 100 * d.ciLow(), 100 * d.ciHigh())).append("</td><td class=num>")
                    .append(String.format(Locale.ROOT, paired ? "%,d pairs" : "%,d independent runs", d.n()))
                    .append("</td><td class=num>").append(pair(in.stats(), d, "vargha_delaney_a_escalation_per_pair_day")
                            .or(() -> pair(in.stats(), d, "vargha_delaney_a_escalation_score"))
                            .map(s -> String.format(Locale.ROOT, "%.2f", s.value())).orElse(""))
                    .append("</td><td class=num>").append(pValue(d.pHolm())).append("</td><td class=num>")
                    .append(pair(in.stats(), d, "log_rank_chi_square").map(s -> pValue(s.pHolm())).orElse(""))
                    .append("</td><td class=num>")
                    .append(pair(in.stats(), d, "mann_whitney_u_escalation_per_pair_day")
                            .or(() -> pair(in.stats(), d, "mann_whitney_u_escalation_score")).map(s -> pValue(s.pHolm()))
                            .orElse(""))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static Optional<Comparisons.Stat> pair(List<Comparisons.Stat> stats, Comparisons.Stat d, String name) {
        return stats.stream().filter(s -> s.kind().equals("pair") && s.scenario().equals(d.scenario())
                && s.other().equals(d.other()) && s.statistic().equals(name)).findFirst();
    }

    private static void allStatistics(StringBuilder h, Input in) {
        h.append("<h2>All statistics</h2>\n<details><summary>Every statistic of stats.csv, in words (")
                .append(in.stats().size()).append(" rows)</summary>\n<table><tr><th>what</th><th>scenario</th>")
                .append("<th>against or parameter</th><th>value</th><th>95% interval</th><th>p</th><th>p, Holm</th>")
                .append("<th>runs or pairs</th></tr>\n");
        for (Comparisons.Stat st : in.stats()) {
            String other = st.other().contains(".") ? ParameterNames.words(st.other()) : st.other();
            h.append("<tr><td>").append(Html.escape(ReportText.statistic(st.statistic()))).append("</td><td>")
                    .append(Html.escape(st.kind().equals("lever") ? ParameterNames.words(st.scenario()) : st.scenario()))
                    .append("</td><td>").append(Html.escape(other)).append("</td><td class=num>")
                    .append(Double.isNaN(st.value()) && st.statistic().equals("median_days_to_crisis")
                            ? "not reached (fewer than half the runs had a crisis)" : num(st.value()))
                    .append("</td><td class=num>")
                    .append(Double.isNaN(st.ciLow()) ? "" : num(st.ciLow()) + " to " + num(st.ciHigh()))
                    .append("</td><td class=num>").append(pValue(st.p())).append("</td><td class=num>")
                    .append(pValue(st.pHolm())).append("</td><td class=num>")
                    .append(String.format(Locale.ROOT, "%,d", st.n())).append("</td></tr>\n");
        }
        h.append("</table></details>\n");
    }

    private static void manifest(StringBuilder h, JsonNode m) {
        h.append("<table>");
        String[][] rows = {{"made by", "Détente " + m.path("version").asText() + ", commit "
                + abbreviate(m.path("commit").asText(), 12)}, {"master seed", m.path("master_seed").asText()},
            {"runs", String.format(Locale.ROOT, "%,d (%,d per scenario or design point)", m.path("runs").asLong(),
                    m.path("replications").asLong())},
            {"run on", "Java " + m.path("java").asText() + ", MASON " + m.path("mason").asText() + ", "
                    + m.path("threads").asInt() + " threads (the results do not depend on it)"},
            {"started, finished", m.path("started").asText() + ", " + m.path("finished").asText()}};
        for (String[] r : rows) {
            h.append("<tr><th>").append(r[0]).append("</th><td>").append(Html.escape(r[1])).append("</td></tr>");
        }
        for (JsonNode s : m.path("scenarios")) {
            h.append("<tr><th>scenario ").append(Html.escape(s.path("name").asText())).append("</th><td>")
                    .append(Html.escape(s.path("file").asText() + " (SHA-256 "
                            + abbreviate(s.path("sha256").asText(), 12) + "...)")).append("</td></tr>");
        }
        h.append("</table>\n");
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
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
            lines.add(String.format(Locale.ROOT, "  %-40s alone %s, main effect %s", ParameterNames.words(alone.lever()) + " ("
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
            h.append("<tr><td>").append(Html.escape(ParameterNames.words(alone.lever()))).append("</td><td>")
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

    /**
     * A row whose cells come from each column's scenario file, with a note where the column's
     * design point changes what the row shows (the manifest holds the scenario as written).
     */
    private static void columnRow(StringBuilder h, String name, List<Column> columns, String designPrefix,
                                  java.util.function.Function<JsonNode, String> cell) {
        List<String> cells = new ArrayList<>();
        for (Column c : columns) {
            boolean changed = c.changes().stream().anyMatch(path -> path.startsWith(designPrefix));
            cells.add(cell.apply(c.scenario()) + (changed ? "<br><em>as in the scenario file; the design point"
                    + " changes it (row \"set by the design\")</em>" : ""));
        }
        cells(h, name, cells);
    }

    private static void row(StringBuilder h, String name, List<JsonNode> scenarios,
                            java.util.function.Function<JsonNode, String> cell) {
        cells(h, name, scenarios.stream().map(cell).toList());
    }

    /** A table row of cells (HTML already), shaded when they differ. */
    private static void cells(StringBuilder h, String name, List<String> cells) {
        boolean differs = cells.stream().distinct().count() > 1;
        h.append(differs ? "<tr class=\"differs\"><th>" : "<tr><th>").append(Html.escape(name)).append("</th>");
        cells.forEach(c -> h.append("<td>").append(c).append("</td>"));
        h.append("</tr>\n");
    }

    private static String join(JsonNode array, java.util.function.Function<JsonNode, String> item) {
        List<String> items = new ArrayList<>();
        array.forEach(a -> items.add(item.apply(a)));
        return items.isEmpty() ? "&ndash;" : String.join("<br>", items);
    }

    /** The model parameters in which a scenario differs from the others, in words. */
    private static String differingParameters(JsonNode s, List<JsonNode> scenarios) {
        List<String> differences = new ArrayList<>();
        s.path("model_parameters").properties().forEach(e -> {
            for (JsonNode other : scenarios) {
                if (other.path("model_parameters").path(e.getKey()).asDouble() != e.getValue().asDouble()) {
                    differences.add(ParameterNames.words("model." + e.getKey()) + " " + num(e.getValue().asDouble()));
                    return;
                }
            }
        });
        return differences.isEmpty() ? "the defaults (docs/ODD.md)" : String.join(", ", differences);
    }

    private static String dimensionName(String key) {
        for (String[] d : ReportText.DIMENSIONS) {
            if (d[0].equalsIgnoreCase(key)) {
                return d[1];
            }
        }
        return key;
    }

    private static void stances(StringBuilder h, JsonNode s) {
        h.append("<h4>").append(Html.escape(s.path("name").asText())).append("</h4>\n<table><tr><th>actor</th>");
        for (String[] d : ReportText.DIMENSIONS) {
            h.append("<th title=\"").append(d[2]).append("\">").append(d[1]).append(" (").append(d[0]).append(")</th>");
        }
        h.append("</tr>\n");
        s.path("stances").properties().forEach(actor -> {
            h.append("<tr><td>").append(Html.escape(actor.getKey())).append("</td>");
            for (String[] dimension : ReportText.DIMENSIONS) {
                JsonNode v = actor.getValue().path(dimension[0]);
                boolean overridden = v.path("used").asDouble() != v.path("coded").asDouble();
                h.append(overridden ? "<td class=\"override num\">" : "<td class=num>");
                if (v.path("evidence").asInt() == 0 && !overridden) {
                    h.append("text silent");
                } else {
                    h.append(String.format(Locale.ROOT, "%.2f", v.path("used").asDouble()))
                            .append(" <span class=note>(c ").append(String.format(Locale.ROOT, "%.2f",
                                    v.path("confidence").asDouble())).append(", n ")
                            .append(v.path("evidence").asInt()).append(overridden ? ", coded "
                                    + num(v.path("coded").asDouble()) : "").append(")</span>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        });
        h.append("</table>\n");
        for (JsonNode o : s.path("overrides")) {
            h.append("<p class=\"note\">Set by the scenario: ").append(Html.escape(o.path("actor").asText() + " "
                    + dimensionName(o.path("dimension").asText()) + " = " + num(o.path("used").asDouble())
                    + " instead of the coded "
                    + num(o.path("coded").asDouble()) + ": " + o.path("reason").asText())).append("</p>\n");
        }
        h.append("<details class=\"data\"><summary>Coded statements (").append(s.path("coded_events").size())
                .append(")</summary><table><tr><th>where</th><th>text</th><th>speaker</th><th>source&rarr;target</th>")
                .append("<th>event code (CAMEO)</th><th>Goldstein score</th><th>stance cues</th></tr>\n");
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

    /** A number for a table: whole numbers with thousands separators, others to four significant figures. */
    static String num(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) x);
        }
        if (x != 0 && Math.abs(x) < 1e-4) {
            return String.format(Locale.ROOT, "%.3g", x); // 4.337e-19, not a row of zeros
        }
        if (Math.abs(x) >= 1000) {
            return String.format(Locale.ROOT, "%,.1f", x); // 999,961.5, never rounded to a million
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", x)).stripTrailingZeros().toPlainString();
    }

    /** A mean that may be large: thousands separated, one decimal. */
    private static String grouped(double x) {
        return String.format(Locale.ROOT, "%,.1f", x);
    }

    private static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 1e-4 ? "&lt; 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
