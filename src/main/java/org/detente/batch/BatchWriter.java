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
 *
 * <p>Durability: about once a second (less often when checkpoints are large) the writer flushes and syncs {@code runs.csv} to disk,
 * then writes a checkpoint (how many runs, how many bytes of {@code runs.csv}, and the
 * accumulators) to a temporary file, syncs it and renames it over {@code checkpoint.bin}.
 * A run counts once a checkpoint holds it. A batch killed at any moment resumes from its
 * last checkpoint: {@code runs.csv} is cut back to the checkpoint's length and the runs after
 * it are run again, which, every run following from its seed alone, gives the same bytes.
 */
public final class BatchWriter implements BatchRunner.BlockConsumer, AutoCloseable {

    /** The CSV dialect of every results file: RFC 4180 quoting, '\n' line ends. */
    public static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Path folder;
    private final BatchPlan plan;
    private final RunsCsv runsCsv;
    private final CSVPrinter runs;
    private final Path runsFile;
    private final Map<String, CompiledScenario> cells = new LinkedHashMap<>();
    private final String fingerprint;
    /** What a checkpoint holds. */
    private State state;
    private long lastCheckpoint = System.nanoTime();
    /** Time between checkpoints: a second, or ten times what the last one took, whichever is longer. */
    private long checkpointInterval = 1_000_000_000L;

    /** The resumable state of a batch. */
    private static final class State implements java.io.Serializable {
        private static final long serialVersionUID = 2L; // 2: records the SHA-256 of runs.csv at the checkpoint
        String fingerprint;
        String started;
        long runs;
        long runsCsvBytes;
        /** SHA-256 of runs.csv's first runsCsvBytes bytes, so a resume never continues an edited file. */
        String runsCsvSha256;
        /** Accumulators by scenario name and design point ({@code name#point}). */
        LinkedHashMap<String, TimeseriesStatistics> daily = new LinkedHashMap<>();
        LinkedHashMap<String, RunStatistics> outcomes = new LinkedHashMap<>();
    }

    /** Starts writing a new batch into {@code folder}. */
    public BatchWriter(Path folder, BatchPlan plan) throws IOException {
        this(folder, plan, null);
    }

    private BatchWriter(Path folder, BatchPlan plan, State resumed) throws IOException {
        this.folder = folder;
        this.plan = plan;
        this.runsCsv = new RunsCsv(plan.scenarios());
        this.runsFile = folder.resolve("runs.csv");
        this.fingerprint = fingerprint(plan);
        for (CompiledScenario s : plan.scenarios()) {
            cells.put(s.name() + "#" + s.designPoint(), s);
        }
        if (resumed == null) {
            state = new State();
            state.fingerprint = fingerprint;
            state.started = Instant.now().toString();
            for (CompiledScenario s : plan.scenarios()) {
                String key = s.name() + "#" + s.designPoint();
                if (s.keepsDaily()) {
                    state.daily.put(key, new TimeseriesStatistics(s.scenario().horizonDays()));
                }
                state.outcomes.put(key, new RunStatistics());
            }
            runs = new CSVPrinter(Files.newBufferedWriter(runsFile, StandardCharsets.UTF_8), CSV);
            runs.printRecord(runsCsv.header());
        } else {
            state = resumed;
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(runsFile,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(state.runsCsvBytes);
            }
            runs = new CSVPrinter(Files.newBufferedWriter(runsFile, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND), CSV);
        }
    }

    /**
     * Reopens an interrupted batch in {@code folder} at its last checkpoint.
     *
     * @throws org.detente.scenario.InputException if the folder holds another batch
     */
    public static BatchWriter resume(Path folder, BatchPlan plan) throws IOException,
            org.detente.scenario.InputException {
        Path checkpoint = folder.resolve("checkpoint.bin");
        if (!Files.isRegularFile(checkpoint)) {
            return new BatchWriter(folder, plan); // killed before the first checkpoint: start over
        }
        State state;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.BufferedInputStream(Files.newInputStream(checkpoint)))) {
            state = (State) in.readObject();
        } catch (ClassNotFoundException | ClassCastException | java.io.InvalidClassException e) {
            throw new org.detente.scenario.InputException(new org.detente.scenario.Problem(checkpoint, 0, "",
                    "written by another version of Détente; start over with --force"));
        } catch (java.io.ObjectStreamException | java.io.EOFException e) {
            throw new org.detente.scenario.InputException(new org.detente.scenario.Problem(checkpoint, 0, "",
                    "damaged (cut or overwritten), so the batch cannot continue; start over with --force"));
        }
        Path runsFile = folder.resolve("runs.csv");
        if (!Files.isRegularFile(runsFile) || Files.size(runsFile) < state.runsCsvBytes) {
            throw new org.detente.scenario.InputException(new org.detente.scenario.Problem(runsFile, 0, "",
                    "shorter than at the last checkpoint (cut or deleted), so the batch cannot continue;"
                            + " start over with --force"));
        }
        if (!digest(runsFile, state.runsCsvBytes).sha256().equals(state.runsCsvSha256)) {
            throw new org.detente.scenario.InputException(new org.detente.scenario.Problem(runsFile, 0, "",
                    "changed since the last checkpoint (its SHA-256 differs), so the batch cannot continue;"
                            + " start over with --force"));
        }
        if (!state.fingerprint.equals(fingerprint(plan))) {
            throw new org.detente.scenario.InputException(new org.detente.scenario.Problem(folder, 0, "--resume",
                    "the interrupted batch ran other scenarios, files or settings (scenarios, design, seed,"
                            + " replications must be the same); start over with --force"));
        }
        return new BatchWriter(folder, plan, state);
    }

    /** Runs already recorded: where the batch continues. */
    public long finishedRuns() {
        return state.runs;
    }

    /**
     * What identifies a batch: its cells (scenario files and texts by hash, design values), seed,
     * replications and the columns of {@code runs.csv} (so a batch a build with other columns
     * interrupted is never continued with rows of another shape).
     */
    static String fingerprint(BatchPlan plan) throws IOException {
        StringBuilder f = new StringBuilder("seed=" + plan.masterSeed() + ";replications=" + plan.replications()
                + ";block=" + plan.blockSize()
                + ";columns=" + String.join(",", new RunsCsv(plan.scenarios()).header()));
        for (CompiledScenario s : plan.scenarios()) {
            f.append(";").append(s.name()).append('#').append(s.designPoint()).append(s.design())
                    .append('@').append(sha256(s.scenario().file()));
            for (Path text : s.scenario().texts()) {
                f.append('+').append(sha256(text));
            }
            if (s.scenario().dictionary().isPresent()) {
                f.append("+dictionary:").append(sha256(s.scenario().dictionary().get()));
            }
            if (s.scenario().posterior().isPresent()) {
                f.append("+posterior:").append(sha256(s.scenario().posterior().get().file())).append(':')
                        .append(s.scenario().posterior().get().size());
            }
        }
        return f.toString();
    }

    /**
     * Takes the next block, in block order: its rows go to {@code runs.csv} and its
     * accumulators are merged into its cell's (left to right, so the result does not depend on
     * who ran the block). A checkpoint only ever falls between blocks.
     */
    @Override
    public void accept(Block.Result block) throws IOException {
        CompiledScenario cell = plan.scenarios().get(block.block().cell());
        String key = cell.name() + "#" + cell.designPoint();
        for (RunResult result : block.rows()) {
            runsCsv.print(runs, result);
        }
        TimeseriesStatistics daily = state.daily.get(key);
        if (daily != null && block.daily() != null) {
            daily.merge(block.daily());
        }
        state.outcomes.get(key).merge(block.outcomes());
        state.runs += block.rows().size();
        if (System.nanoTime() - lastCheckpoint > checkpointInterval) {
            checkpoint();
        }
    }

    /** Makes everything so far durable: runs.csv synced, then the checkpoint replaced atomically. */
    public void checkpoint() throws IOException {
        long start = System.nanoTime();
        runs.flush();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(runsFile,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
            state.runsCsvBytes = channel.size();
        }
        state.runsCsvSha256 = digest(runsFile, state.runsCsvBytes).sha256();
        Path temporary = folder.resolve("checkpoint.tmp");
        try (java.io.FileOutputStream file = new java.io.FileOutputStream(temporary.toFile());
             java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new java.io.BufferedOutputStream(file))) {
            out.writeObject(state);
            out.flush();
            file.getFD().sync();
        }
        Files.move(temporary, folder.resolve("checkpoint.bin"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        lastCheckpoint = System.nanoTime();
        checkpointInterval = Math.max(1_000_000_000L, 10 * (lastCheckpoint - start));
    }

    private Map<String, Long> clusterShares = Map.of();
    private long clusterResubmitted;

    /** The plan's fingerprint as this writer took it when the batch started (files' SHA-256, design, seed). */
    public String fingerprint() {
        return fingerprint;
    }

    /** Records, for the manifest, which members of a cluster ran how many blocks. */
    public void cluster(Map<String, Long> blocksByMember, long resubmitted) {
        clusterShares = new LinkedHashMap<>(blocksByMember);
        clusterResubmitted = resubmitted;
    }

    /** The per-scenario outcome summaries so far. */
    public List<RunSummary> summaries() {
        List<RunSummary> summaries = new ArrayList<>();
        state.outcomes.forEach((key, stats) -> summaries.add(stats.summary(cells.get(key).label())));
        return summaries;
    }

    /** The per-day summaries so far, of the cells that keep them. */
    public TimeseriesSummary timeseries() {
        List<TimeseriesSummary.Row> rows = new ArrayList<>(); // one list, not a concat per point (quadratic)
        for (Map.Entry<String, TimeseriesStatistics> e : state.daily.entrySet()) {
            CompiledScenario cell = cells.get(e.getKey());
            rows.addAll(e.getValue().summary(cell.name(), cell.designPoint()).rows());
        }
        return new TimeseriesSummary(rows);
    }

    /** Finishes runs.csv and writes timeseries.csv (one cell at a time) and manifest.json. */
    public void finish(String version) throws IOException {
        runs.close(true);
        try (CSVPrinter csv = timeseriesPrinter(folder.resolve("timeseries.csv"))) {
            for (Map.Entry<String, TimeseriesStatistics> e : state.daily.entrySet()) {
                CompiledScenario cell = cells.get(e.getKey());
                printTimeseries(csv, e.getValue().summary(cell.name(), cell.designPoint()));
            }
        }
        writeManifest(version);
        Files.deleteIfExists(folder.resolve("checkpoint.bin"));
        Files.deleteIfExists(folder.resolve("checkpoint.tmp"));
    }

    /** Writes comparison statistics as {@code stats.csv} (tidy: one statistic per row). */
    public static void writeStats(Path file, List<org.detente.analysis.Comparisons.Stat> stats) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSV)) {
            csv.printRecord("kind", "scenario", "other", "statistic", "value", "ci_low", "ci_high", "p_value", "p_holm",
                    "n");
            for (org.detente.analysis.Comparisons.Stat s : stats) {
                csv.printRecord(s.kind(), s.scenario(), s.other(), s.statistic(), Numbers.format(s.value()),
                        Numbers.format(s.ciLow()), Numbers.format(s.ciHigh()), pValue(s.p()), pValue(s.pHolm()), s.n());
            }
        }
    }

    /**
     * A p-value to four significant figures, so that a small one is not rounded to 0 at six
     * decimals (2.3e-8 stays 2.3e-08); empty for none.
     */
    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p == 0 || p >= 1e-4 ? Numbers.format(p) : String.format(java.util.Locale.ROOT, "%.4g", p);
    }

    /** Writes a time series summary as {@code timeseries.csv}. */
    public static void writeTimeseries(Path file, TimeseriesSummary summary) throws IOException {
        try (CSVPrinter csv = timeseriesPrinter(file)) {
            printTimeseries(csv, summary);
        }
    }

    /** A new {@code timeseries.csv} with its header written. */
    private static CSVPrinter timeseriesPrinter(Path file) throws IOException {
        CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSV);
        csv.printRecord("scenario", "design_point", "day", "metric", "n", "mean", "sd", "ci_low", "ci_high", "q05",
                "q25", "q50", "q75", "q95");
        return csv;
    }

    private static void printTimeseries(CSVPrinter csv, TimeseriesSummary summary) throws IOException {
        for (TimeseriesSummary.Row r : summary.rows()) {
            csv.printRecord(r.scenario(), r.designPoint(), r.day(), r.metric().key(), r.n(), Numbers.format(r.mean()),
                    Numbers.format(r.sd()), Numbers.format(r.ciLow()), Numbers.format(r.ciHigh()),
                    Numbers.format(r.quantiles()[0]), Numbers.format(r.quantiles()[1]), Numbers.format(r.quantiles()[2]),
                    Numbers.format(r.quantiles()[3]), Numbers.format(r.quantiles()[4]));
        }
    }

    private void writeManifest(String version) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "detente");
        root.put("version", version);
        String commit = System.getenv("DETENTE_COMMIT");
        root.put("commit", commit == null || commit.isBlank() ? "unknown (not run through ./detente in a git checkout)"
                : commit);
        root.put("status", "complete");
        root.put("started", state.started);
        root.put("finished", Instant.now().toString());
        root.put("master_seed", plan.masterSeed());
        root.put("replications", plan.replications());
        root.put("block_size", plan.blockSize());
        if (!clusterShares.isEmpty()) {
            ObjectNode cluster = root.putObject("cluster");
            ObjectNode members = cluster.putObject("blocks_by_member");
            clusterShares.forEach(members::put);
            cluster.put("blocks_sent_again", clusterResubmitted);
        }
        root.put("work_unit", "a block of block_size replications of one scenario or design point; blocks merge left to"
                + " right in cell and block order, so the results do not depend on the threads or machines");
        root.put("runs", plan.totalRuns());
        root.put("seed_rule", "replication r uses RandomStreams.child(master_seed, r) = splitmix64(master_seed + (r+1) * 0x9E3779B97F4A7C15); the same for every scenario and design point (common random numbers), except in a Saltelli design, where the points of base row j use child(master_seed, j * replications + r)");
        root.put("random_streams", org.detente.model.RandomStreams.DESCRIPTION);
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
            // Whose crisis is the headline (empty: any pair), and who are not adversaries.
            ArrayNode crisisDyads = node.putArray("crisis_dyads");
            s.scenario().crisisDyadsInForce().forEach(d -> crisisDyads.addArray().add(d.get(0)).add(d.get(1)));
            ArrayNode blocs = node.putArray("blocs");
            s.scenario().blocsInForce().forEach(b -> {
                ArrayNode members = blocs.addArray();
                b.forEach(members::add);
            });
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
            s.scenario().startDate().ifPresent(d -> node.put("start_date", d.toString()));
            if (s.scenario().dictionary().isPresent()) {
                node.putObject("dictionary").put("file", s.scenario().dictionary().get().toString())
                        .put("sha256", sha256(s.scenario().dictionary().get()));
            }
            s.scenario().posterior().ifPresent(p -> {
                try {
                    node.putObject("posterior").put("file", p.file().toString()).put("sha256", sha256(p.file()))
                            .put("draws", p.size()).put("parameters", String.join(" ", p.parameters()))
                            .put("rule", "replication r runs with row r mod draws, the same row in every scenario");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            ObjectNode weights = node.putObject("attribution_weights");
            s.scenario().attributionWeights().forEach(weights::put);
            ObjectNode parameters = node.putObject("model_parameters");
            s.setup().parameters().asMap().forEach(parameters::put);
            ArrayNode actors = node.putArray("actors");
            s.scenario().actors().forEach(a -> {
                ObjectNode actor = actors.addObject().put("id", a.id()).put("strategy", a.strategy().key())
                        .put("forgiveness", round(a.forgiveness()));
                if (a.setsStatements()) {
                    actor.put("statements_per_month", round(a.statementsPerMonth()));
                }
            });
            ArrayNode channels = node.putArray("channels");
            s.scenario().channels().forEach(c -> channels.addObject().put("id", c.id()).put("kind", c.kind().key())
                    .put("members", String.join(" ", c.members())).put("latency_days", c.latencyDays())
                    .put("noise", c.noise()).put("delivery", c.delivery()).put("public", c.isPublic())
                    .put("capacity_per_month", c.capacityPerMonth()).put("open", c.open()));
            ArrayNode timeline = node.putArray("timeline");
            s.scenario().timeline().forEach(e -> timeline.addObject().put("id", e.id()).put("day", e.day())
                    .put("event", describe(e)));
            ArrayNode events = node.putArray("coded_events");
            for (org.detente.coding.CodedEvent e : s.coding().events()) {
                events.addObject().put("document", e.document()).put("paragraph", e.paragraph())
                        .put("sentence", e.sentence()).put("text", e.text()).put("speaker", e.speaker())
                        .put("source", e.source()).put("target", e.target()).put("cameo", e.cameo())
                        .put("goldstein", e.goldstein()).put("cues", String.join(" ", e.cues()))
                        .put("modality", String.join("; ", e.modality()));
            }
        }
        if (plan.scenarios().stream().anyMatch(s -> !s.design().isEmpty())) {
            ObjectNode designs = root.putObject("designs");
            for (CompiledScenario s : plan.scenarios()) {
                if (!s.design().isEmpty() && !designs.has(s.name())) {
                    ObjectNode d = designs.putObject(s.name()).put("type", s.designType());
                    if (!Double.isNaN(s.morrisStep())) {
                        d.put("morris_step", s.morrisStep());
                    }
                    ObjectNode parameters = d.putObject("parameters");
                    s.roles().forEach(parameters::put);
                }
            }
            ArrayNode design = root.putArray("design_points");
            for (CompiledScenario s : plan.scenarios()) {
                ObjectNode point = design.addObject().put("scenario", s.name()).put("design_point", s.designPoint());
                ObjectNode values = point.putObject("values");
                s.design().forEach(values::put);
            }
        }
        // What compare checks before it trusts the files: their checksum and row count at completion.
        ObjectNode files = root.putObject("files");
        Digest runsDigest = digest(folder.resolve("runs.csv"), Long.MAX_VALUE);
        Digest timeseriesDigest = digest(folder.resolve("timeseries.csv"), Long.MAX_VALUE);
        files.putObject("runs.csv").put("description", "one row per run")
                .put("sha256", runsDigest.sha256()).put("rows", runsDigest.rows());
        files.putObject("timeseries.csv").put("description", "per scenario, day and metric: n, mean, sd, 95% interval"
                        + " (t for means, Wilson for " + String.join(", ", List.of(DailyMetric.IN_CRISIS.key(),
                        DailyMetric.CRISIS_BY_DAY.key())) + ")")
                .put("sha256", timeseriesDigest.sha256()).put("rows", timeseriesDigest.rows());
        mapper.writeValue(folder.resolve("manifest.json").toFile(), root);
    }

    /** A timeline event in words. */
    static String describe(org.detente.scenario.TimelineEvent event) {
        return event.accept(new org.detente.scenario.TimelineEvent.Visitor<String>() {
            @Override
            public String vote(org.detente.scenario.TimelineEvent.SecurityCouncilVote v) {
                return "Security Council vote on a " + v.draft() + ", tabled by " + v.sponsor();
            }

            @Override
            public String demonstration(org.detente.scenario.TimelineEvent.CapabilityDemonstration d) {
                return d.actor() + " carries out " + d.signal() + " toward " + d.target() + (d.perYear() > 0
                        ? ", at random about " + org.detente.analysis.Numbers.format(round(d.perYear()))
                        + " times a year from this day on" : "");
            }

            @Override
            public String summit(org.detente.scenario.TimelineEvent.Summit s) {
                return "summit of " + String.join(", ", s.actors());
            }

            @Override
            public String channelSuspended(org.detente.scenario.TimelineEvent.ChannelSuspended c) {
                return "channel " + c.channel() + " suspended";
            }

            @Override
            public String channelRestored(org.detente.scenario.TimelineEvent.ChannelRestored c) {
                return "channel " + c.channel() + " restored";
            }
        });
    }

    private static ObjectNode stanceJson(ObjectMapper mapper, CompiledScenario s, String actor, Stance used) {
        ObjectNode node = mapper.createObjectNode();
        Stance coded = s.coding().stance(actor);
        for (Dimension d : Dimension.values()) {
            ObjectNode dim = node.putObject(d.name());
            dim.put("coded", round(coded.value(d)));
            dim.put("confidence", round(coded.confidence(d)));
            org.detente.coding.StanceEstimate estimate = s.coding().stances().get(actor);
            dim.put("evidence", estimate == null ? 0 : estimate.evidence(d));
            dim.put("used", round(used.value(d)));
        }
        return node;
    }

    private static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    /**
     * A file's SHA-256 (hex) and its data rows (lines after the header; no field of a CSV file
     * Détente wrote holds a line break), read in one pass.
     */
    public record Digest(String sha256, long rows) {
    }

    /** The {@link Digest} of a file's first {@code bytes} bytes (all of it for Long.MAX_VALUE). */
    public static Digest digest(Path file, long bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            long left = bytes;
            long lines = 0;
            for (int n = in.read(buffer, 0, (int) Math.min(buffer.length, left)); n > 0;
                 n = left > 0 ? in.read(buffer, 0, (int) Math.min(buffer.length, left)) : -1) {
                digest.update(buffer, 0, n);
                for (int k = 0; k < n; k++) {
                    lines += buffer[k] == '\n' ? 1 : 0;
                }
                left -= n;
            }
            return new Digest(HexFormat.of().formatHex(digest.digest()), Math.max(0, lines - 1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(Path file) throws IOException {
        return digest(file, Long.MAX_VALUE).sha256();
    }

    @Override
    public void close() throws IOException {
        runs.close();
    }
}
