package org.detente.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.Numbers;
import org.detente.analysis.RunStatistics;
import org.detente.analysis.RunSummary;
import org.detente.analysis.TimeseriesStatistics;
import org.detente.analysis.TimeseriesSummary;
import org.detente.scenario.Dimension;
import org.detente.scenario.Stance;

/**
 * Writes a batch's results as runs finish: {@code runs.csv} row by row in the batch's
 * fixed order, statistics accumulated on the way, then {@code timeseries.csv} and
 * {@code manifest.json} at the end.
 */
public final class BatchWriter implements BatchRunner.ResultConsumer, AutoCloseable {

    /** The CSV dialect of every results file: RFC 4180 quoting, '\n' line ends. */
    public static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Path folder;
    private final BatchPlan plan;
    private final RunsCsv runsCsv;
    private final CSVPrinter runs;
    /** Accumulators by scenario name and design point ({@code name#point}). */
    private final Map<String, TimeseriesStatistics> daily = new LinkedHashMap<>();
    private final Map<String, RunStatistics> outcomes = new LinkedHashMap<>();
    private final Map<String, CompiledScenario> cells = new LinkedHashMap<>();
    private final Instant started = Instant.now();

    public BatchWriter(Path folder, BatchPlan plan) throws IOException {
        this.folder = folder;
        this.plan = plan;
        this.runsCsv = new RunsCsv(plan.scenarios());
        BufferedWriter writer = Files.newBufferedWriter(folder.resolve("runs.csv"), StandardCharsets.UTF_8);
        this.runs = new CSVPrinter(writer, CSV);
        runs.printRecord(runsCsv.header());
        for (CompiledScenario s : plan.scenarios()) {
            String key = s.name() + "#" + s.designPoint();
            daily.put(key, new TimeseriesStatistics(s.scenario().horizonDays()));
            outcomes.put(key, new RunStatistics());
            cells.put(key, s);
        }
    }

    @Override
    public void accept(RunResult result) throws IOException {
        runsCsv.print(runs, result);
        String key = result.scenario() + "#" + result.designPoint();
        daily.get(key).add(result.daily());
        outcomes.get(key).add(result.crisis(), result.firstCrisisDay(), result.peakRung(),
                result.escalationScore(), result.misperceptions());
    }

    /** The per-scenario outcome summaries so far. */
    public List<RunSummary> summaries() {
        List<RunSummary> summaries = new ArrayList<>();
        outcomes.forEach((key, stats) -> summaries.add(stats.summary(cells.get(key).label())));
        return summaries;
    }

    /** The per-day summaries so far. */
    public TimeseriesSummary timeseries() {
        TimeseriesSummary all = new TimeseriesSummary(List.of());
        for (Map.Entry<String, TimeseriesStatistics> e : daily.entrySet()) {
            CompiledScenario cell = cells.get(e.getKey());
            all = all.concat(e.getValue().summary(cell.name(), cell.designPoint()));
        }
        return all;
    }

    /** Finishes runs.csv and writes timeseries.csv and manifest.json. */
    public void finish(String version) throws IOException {
        runs.close(true);
        writeTimeseries(folder.resolve("timeseries.csv"), timeseries());
        writeManifest(version);
    }

    /** Writes a time series summary as {@code timeseries.csv}. */
    public static void writeTimeseries(Path file, TimeseriesSummary summary) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSV)) {
            csv.printRecord("scenario", "design_point", "day", "metric", "n", "mean", "sd", "ci_low", "ci_high", "q05",
                    "q25", "q50", "q75", "q95");
            for (TimeseriesSummary.Row r : summary.rows()) {
                csv.printRecord(r.scenario(), r.designPoint(), r.day(), r.metric().key(), r.n(), Numbers.format(r.mean()),
                        Numbers.format(r.sd()), Numbers.format(r.ciLow()), Numbers.format(r.ciHigh()),
                        Numbers.format(r.quantiles()[0]), Numbers.format(r.quantiles()[1]), Numbers.format(r.quantiles()[2]),
                        Numbers.format(r.quantiles()[3]), Numbers.format(r.quantiles()[4]));
            }
        }
    }

    private void writeManifest(String version) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "detente");
        root.put("version", version);
        root.put("status", "complete");
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.put("master_seed", plan.masterSeed());
        root.put("replications", plan.replications());
        root.put("runs", plan.totalRuns());
        root.put("seed_rule", "replication r uses RandomStreams.child(master_seed, r) = splitmix64(master_seed + (r+1) * 0x9E3779B97F4A7C15); the same for every scenario (common random numbers)");
        root.put("threads", plan.threads());
        root.put("java", System.getProperty("java.version"));
        root.put("mason", Double.toString(sim.engine.SimState.version()));
        ArrayNode scenarios = root.putArray("scenarios");
        for (CompiledScenario s : plan.scenarios()) {
            if (s.designPoint() > 0) {
                continue; // design points share the scenario's description; the design is listed below
            }
            ObjectNode node = scenarios.addObject();
            node.put("name", s.name());
            node.put("description", s.scenario().description());
            node.put("file", s.scenario().file().toString());
            node.put("sha256", sha256(s.scenario().file()));
            node.put("horizon_days", s.scenario().horizonDays());
            node.put("crisis_threshold", s.scenario().crisisThreshold());
            ArrayNode texts = node.putArray("texts");
            for (Path text : s.scenario().texts()) {
                texts.addObject().put("file", text.toString()).put("sha256", sha256(text));
            }
            ObjectNode stances = node.putObject("stances");
            s.stances().forEach((actor, stance) -> stances.set(actor, stanceJson(mapper, s, actor, stance)));
            ArrayNode overrides = node.putArray("overrides");
            for (CompiledScenario.AppliedOverride o : s.overrides()) {
                overrides.addObject().put("actor", o.actor()).put("dimension", o.dimension())
                        .put("coded", round(o.coded())).put("coded_confidence", round(o.confidence()))
                        .put("used", o.used()).put("reason", o.reason());
            }
            ObjectNode parameters = node.putObject("model_parameters");
            s.setup().parameters().asMap().forEach(parameters::put);
        }
        if (plan.scenarios().stream().anyMatch(s -> !s.design().isEmpty())) {
            ArrayNode design = root.putArray("design_points");
            for (CompiledScenario s : plan.scenarios()) {
                ObjectNode point = design.addObject().put("scenario", s.name()).put("design_point", s.designPoint());
                ObjectNode values = point.putObject("values");
                s.design().forEach(values::put);
            }
        }
        ObjectNode files = root.putObject("files");
        files.put("runs.csv", "one row per run");
        files.put("timeseries.csv", "per scenario, day and metric: n, mean, sd, 95% interval (t for means, Wilson for "
                + String.join(", ", List.of(DailyMetric.IN_CRISIS.key(), DailyMetric.CRISIS_BY_DAY.key())) + ")");
        mapper.writeValue(folder.resolve("manifest.json").toFile(), root);
    }

    private static ObjectNode stanceJson(ObjectMapper mapper, CompiledScenario s, String actor, Stance used) {
        ObjectNode node = mapper.createObjectNode();
        Stance coded = s.coding().stance(actor);
        for (Dimension d : Dimension.values()) {
            ObjectNode dim = node.putObject(d.name());
            dim.put("coded", round(coded.value(d)));
            dim.put("confidence", round(coded.confidence(d)));
            dim.put("used", round(used.value(d)));
        }
        return node;
    }

    private static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public void close() throws IOException {
        runs.close();
    }
}
