package org.detente.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.RunOutcome;
import org.detente.analysis.RunStatistics;
import org.detente.analysis.RunSummary;
import org.detente.analysis.TimeseriesSummary;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * A finished results folder read back: its manifest, its per-day summaries and its
 * per-scenario outcomes (recomputed from {@code runs.csv}).
 *
 * @param folder     the folder
 * @param manifest   the parsed {@code manifest.json}
 * @param timeseries the rows of {@code timeseries.csv}
 * @param outcomes   per-scenario outcome summaries, in the order scenarios appear
 * @param runs       every run's outcome, by scenario label, in the order they appear
 * @param design     each design point's parameter values by label (empty without a design)
 */
public record BatchResults(Path folder, JsonNode manifest, TimeseriesSummary timeseries, List<RunSummary> outcomes,
                           Map<String, List<RunOutcome>> runs, Map<String, Map<String, String>> design) {

    /**
     * The same results with every scenario named {@code prefix/name}: to compare the same
     * scenario from two folders (two seeds, say) side by side.
     */
    public BatchResults prefixed(String prefix) {
        Map<String, List<RunOutcome>> r = new LinkedHashMap<>();
        runs.forEach((label, list) -> r.put(prefix + "/" + label, list instanceof org.detente.analysis.RunColumns c
                ? c.labelled(prefix + "/" + label) : list));
        Map<String, Map<String, String>> d = new LinkedHashMap<>();
        design.forEach((label, values) -> d.put(prefix + "/" + label, values));
        List<RunSummary> o = outcomes.stream().map(s -> s.named(prefix + "/" + s.scenario())).toList();
        List<TimeseriesSummary.Row> rows = timeseries.rows().stream().map(x -> new TimeseriesSummary.Row(
                prefix + "/" + x.scenario(), x.designPoint(), x.day(), x.metric(), x.n(), x.mean(), x.sd(), x.ciLow(),
                x.ciHigh(), x.quantiles())).toList();
        return new BatchResults(folder, manifest, new TimeseriesSummary(rows), o, r, d);
    }

    /** The horizon in days (the longest of the scenarios). */
    public int horizon() {
        int horizon = 0;
        for (JsonNode s : manifest.path("scenarios")) {
            horizon = Math.max(horizon, s.path("horizon_days").asInt());
        }
        return horizon;
    }

    /** Reads a results folder written by {@code detente batch}. */
    public static BatchResults read(Path folder) throws InputException {
        Path manifestFile = folder.resolve("manifest.json");
        if (!Files.isDirectory(folder)) {
            throw new InputException(new Problem(folder, 0, "", "no such results folder"));
        }
        if (!Files.isRegularFile(manifestFile)) {
            throw new InputException(new Problem(manifestFile, 0, "",
                    "missing: not a results folder of 'detente batch' (or the batch did not finish)"));
        }
        JsonNode manifest;
        try {
            manifest = new ObjectMapper().readTree(manifestFile.toFile());
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? Math.max(0, j.getLocation().getLineNr()) : 0;
            throw new InputException(new Problem(manifestFile, line, "", "not valid JSON (edited or cut since the"
                    + " batch wrote it); run the batch again"));
        }
        if (!"complete".equals(manifest.path("status").asText())) {
            throw new InputException(new Problem(manifestFile, 0, "status", "the batch is not complete"));
        }
        for (JsonNode s : manifest.path("scenarios")) {
            int horizon = s.path("horizon_days").asInt(-1);
            if (horizon < 1 || horizon > 3650) {
                throw new InputException(new Problem(manifestFile, 0, "horizon_days", "out of range (" + horizon
                        + "; a scenario has 1 to 3650 days): edited since the batch wrote it; run the batch again"));
            }
        }
        for (String name : List.of("runs.csv", "timeseries.csv")) {
            verify(folder.resolve(name), manifestFile, manifest.path("files").path(name));
        }
        Map<String, List<RunOutcome>> runs = new LinkedHashMap<>();
        List<RunSummary> outcomes = readOutcomes(folder.resolve("runs.csv"), runs);
        long replications = manifest.path("replications").asLong();
        for (RunSummary o : outcomes) {
            if (o.runs() != replications) {
                throw new InputException(new Problem(folder.resolve("runs.csv"), 0, "scenario",
                        o.scenario() + " has " + o.runs() + " runs where the manifest says " + replications));
            }
        }
        long cells = manifest.path("design_points").size();
        if (cells > 0 && outcomes.size() != cells) {
            throw new InputException(new Problem(folder.resolve("runs.csv"), 0, "scenario", "holds " + outcomes.size()
                    + " scenarios and design points where the manifest lists " + cells));
        }
        Map<String, Map<String, String>> design = new LinkedHashMap<>();
        JsonNode points = manifest.path("design_points");
        Map<String, Integer> pointsPerScenario = new LinkedHashMap<>();
        points.forEach(p -> pointsPerScenario.merge(p.path("scenario").asText(), 1, Integer::sum));
        for (JsonNode p : points) {
            String scenario = p.path("scenario").asText();
            String label = pointsPerScenario.get(scenario) > 1 ? scenario + "#" + p.path("design_point").asInt() : scenario;
            Map<String, String> values = new LinkedHashMap<>();
            p.path("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
            design.put(label, values);
        }
        return new BatchResults(folder, manifest, readTimeseries(folder.resolve("timeseries.csv")), outcomes, runs,
                design);
    }

    /**
     * Checks a file against what the manifest recorded when the batch completed: present, the
     * same row count and the same SHA-256. Anything else (cut, edited, replaced) is refused.
     */
    private static void verify(Path file, Path manifestFile, JsonNode recorded) throws InputException {
        if (!recorded.has("sha256")) {
            throw new InputException(new Problem(manifestFile, 0, "files", "records no checksum of " + file.getFileName()
                    + " (written by an older Détente); run the batch again"));
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(new Problem(file, 0, "", "missing from the results folder"));
        }
        try {
            BatchWriter.Digest digest = BatchWriter.digest(file, Long.MAX_VALUE);
            long rows = digest.rows();
            if (rows != recorded.path("rows").asLong()) {
                throw new InputException(new Problem(file, 0, "", rows + " rows where the batch wrote "
                        + recorded.path("rows").asLong() + " (cut or edited since); run the batch again"));
            }
            if (!digest.sha256().equals(recorded.path("sha256").asText())) {
                throw new InputException(new Problem(file, 0, "", "changed since the batch wrote it (its SHA-256"
                        + " differs from manifest.json's); run the batch again"));
            }
        } catch (IOException e) {
            throw new InputException(new Problem(file, 0, "", "cannot read: " + ResultsFolder.reason(e)));
        }
    }

    private static TimeseriesSummary readTimeseries(Path file) throws InputException {
        List<TimeseriesSummary.Row> rows = new ArrayList<>();
        try (CSVParser csv = parse(file)) {
            for (CSVRecord r : csv) {
                String metricKey = field(file, r, "metric");
                DailyMetric metric = DailyMetric.parse(metricKey).orElseThrow(() -> new InputException(
                        new Problem(file, line(r), "metric", "unknown metric '" + metricKey + "'")));
                int point = r.isMapped("design_point") ? (int) number(file, r, "design_point") : 0;
                rows.add(new TimeseriesSummary.Row(field(file, r, "scenario"), point, (int) number(file, r, "day"), metric,
                        (long) number(file, r, "n"), number(file, r, "mean"), number(file, r, "sd"),
                        number(file, r, "ci_low"), number(file, r, "ci_high"), new double[] {number(file, r, "q05"),
                        number(file, r, "q25"), number(file, r, "q50"), number(file, r, "q75"), number(file, r, "q95")}));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(new Problem(file, 0, "", "not a well-formed table of 'detente batch' ("
                    + (e instanceof IOException io ? ResultsFolder.reason(io) : "a malformed row") + ")"));
        }
        return new TimeseriesSummary(rows);
    }

    private static List<RunSummary> readOutcomes(Path file, Map<String, List<RunOutcome>> runs) throws InputException {
        Map<String, RunStatistics> stats = new LinkedHashMap<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, org.detente.analysis.RunColumns.Builder> byKey = new LinkedHashMap<>();
        try (CSVParser csv = parse(file)) {
            for (CSVRecord r : csv) {
                boolean crisis = number(file, r, "crisis") != 0;
                String scenario = field(file, r, "scenario");
                String key = scenario + "#" + (int) number(file, r, "design_point");
                if (!stats.containsKey(key)) {
                    points.merge(scenario, 1, Integer::sum);
                }
                int firstDay = crisis ? (int) number(file, r, "first_crisis_day") : -1;
                stats.computeIfAbsent(key, s -> new RunStatistics()).add(crisis, firstDay,
                        anyPair(file, r), (int) number(file, r, "peak_rung"), number(file, r, "escalation_score"),
                        (int) number(file, r, "misperceptions"));
                byKey.computeIfAbsent(key, k -> new org.detente.analysis.RunColumns.Builder()).add(
                        (int) number(file, r, "replication"), firstDay, (int) number(file, r, "peak_rung"),
                        number(file, r, "escalation_score"), seed(file, r));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(new Problem(file, 0, "", "not a well-formed table of 'detente batch' ("
                    + (e instanceof IOException io ? ResultsFolder.reason(io) : "a malformed row") + ")"));
        }
        List<RunSummary> summaries = new ArrayList<>();
        stats.forEach((key, s) -> {
            String scenario = key.substring(0, key.lastIndexOf('#'));
            String label = points.get(scenario) > 1 ? key : scenario;
            summaries.add(s.summary(label));
            runs.put(label, byKey.get(key).build(label)); // columns of primitives: flat memory for many runs
        });
        return summaries;
    }

    /** A run's seed: a signed 64-bit integer, read exactly (not through a double). */
    private static long seed(Path file, CSVRecord r) throws InputException {
        String text = field(file, r, "seed");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InputException(new Problem(file, line(r), "seed", "expected a whole number, found '" + text + "'"));
        }
    }

    /** Whether any pair of actors of a row's run reached a crisis. */
    private static boolean anyPair(Path file, CSVRecord r) throws InputException {
        if (!r.isMapped("crisis_any_pair")) {
            throw new InputException(new Problem(file, line(r), "crisis_any_pair",
                    "column missing: written by an older Détente; run the batch again"));
        }
        return number(file, r, "crisis_any_pair") != 0;
    }

    private static CSVParser parse(Path file) throws IOException, InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(new Problem(file, 0, "", "missing from the results folder"));
        }
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVParser.builder().setReader(reader)
                .setFormat(BatchWriter.CSV.builder().setHeader().setSkipHeaderRecord(true).get()).get();
    }

    private static int line(CSVRecord r) {
        return (int) r.getRecordNumber() + 1;
    }

    private static String field(Path file, CSVRecord r, String name) throws InputException {
        if (!r.isMapped(name) || !r.isSet(name)) {
            throw new InputException(new Problem(file, line(r), name, "column missing"));
        }
        return r.get(name);
    }

    private static double number(Path file, CSVRecord r, String name) throws InputException {
        String text = field(file, r, name);
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(new Problem(file, line(r), name, "expected a number, found '" + text + "'"));
        }
    }
}
