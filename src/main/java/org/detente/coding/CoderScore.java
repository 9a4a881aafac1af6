package org.detente.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.detente.scenario.Actors;
import org.detente.scenario.Dimension;
import org.detente.scenario.InputException;
import org.detente.scenario.InputFiles;
import org.detente.scenario.Problem;

/**
 * The coder scored against hand coding ({@code detente code --score GOLD_DIR}). A gold folder
 * holds texts ({@code *.txt}, one paragraph per line), their events ({@code events-*.tsv}: one
 * row per coded event with its document, paragraph, source actor, CAMEO code and role) and
 * their stances ({@code gold.json}: document, actor, dimension to [value, confidence]).
 *
 * <ul>
 *   <li><b>Stance cells</b>: every (document, actor, dimension) of {@code gold.json}, each text
 *       coded on its own; a cell agrees when the coded value lies within {@link #TOLERANCE} of
 *       the gold value. Reported over all cells and over the cells with evidence (gold
 *       confidence above 0).</li>
 *   <li><b>Events</b>: the gold rows whose role is {@code primary} or {@code secondary} (an
 *       elaboration restates an event, a background event is an earlier one), against every
 *       coded event; both matched on (document, paragraph, source actor, CAMEO root: the first
 *       two digits), named allies counted as {@code ALL}, each gold event matching at most one
 *       coded event. Precision, recall and F1.</li>
 * </ul>
 */
public final class CoderScore {

    /** How far a coded stance value may lie from the gold value and still agree. */
    public static final double TOLERANCE = 0.15;

    private CoderScore() {
    }

    /**
     * The scores of one document or of all of them.
     *
     * @param cells             stance cells compared
     * @param cellsAgreeing     of those, within the tolerance
     * @param evidenceCells     cells whose gold value rests on evidence (confidence above 0)
     * @param evidenceAgreeing  of those, within the tolerance
     * @param goldEvents        gold events (primary and secondary)
     * @param codedEvents       events the coder found
     * @param matched           gold events matched by a coded event
     */
    public record Tally(int cells, int cellsAgreeing, int evidenceCells, int evidenceAgreeing, int goldEvents,
                        int codedEvents, int matched) {

        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(cells + o.cells, cellsAgreeing + o.cellsAgreeing, evidenceCells + o.evidenceCells,
                    evidenceAgreeing + o.evidenceAgreeing, goldEvents + o.goldEvents, codedEvents + o.codedEvents,
                    matched + o.matched);
        }

        /** Matched over coded events (NaN when the coder found none). */
        public double precision() {
            return codedEvents == 0 ? Double.NaN : (double) matched / codedEvents;
        }

        /** Matched over gold events (NaN without gold events). */
        public double recall() {
            return goldEvents == 0 ? Double.NaN : (double) matched / goldEvents;
        }

        /** The harmonic mean of precision and recall (0 when both are 0). */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * A gold folder scored.
     *
     * @param total     over every document
     * @param documents per document, in file-name order
     */
    public record Result(Tally total, Map<String, Tally> documents) {
    }

    /** An event's key for matching. */
    record Key(String document, int paragraph, String source, String root) {
    }

    /**
     * Codes every text of a gold folder and scores it.
     *
     * @throws InputException if the folder lacks texts, {@code gold.json} or event files, or one is malformed
     */
    public static Result score(Path folder, StanceCoder coder) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw new InputException(new Problem(folder, 0, "", "not a folder; expected a gold folder of texts,"
                    + " events-*.tsv and gold.json"));
        }
        List<Path> texts = list(folder, ".txt", "");
        List<Path> eventFiles = list(folder, ".tsv", "events-");
        Path goldFile = folder.resolve("gold.json");
        if (texts.isEmpty() || eventFiles.isEmpty() || !Files.isRegularFile(goldFile)) {
            throw new InputException(new Problem(folder, 0, "", "a gold folder needs texts (*.txt), events-*.tsv and"
                    + " gold.json; missing: " + String.join(", ", Stream.of(texts.isEmpty() ? "*.txt" : "",
                    eventFiles.isEmpty() ? "events-*.tsv" : "", Files.isRegularFile(goldFile) ? "" : "gold.json")
                    .filter(s -> !s.isEmpty()).toList())));
        }
        Map<Key, Integer> gold = new HashMap<>();
        for (Path file : eventFiles) {
            readEvents(file, gold);
        }
        JsonNode stances;
        try {
            stances = new ObjectMapper().readTree(InputFiles.read(goldFile, InputFiles.MAX_TEXT_BYTES, "gold"));
        } catch (IOException e) {
            throw new InputException(new Problem(goldFile, 0, "", "not valid JSON: " + e.getMessage().split("\n")[0]));
        }
        Map<String, Tally> documents = new java.util.LinkedHashMap<>();
        Tally total = Tally.ZERO;
        for (Path text : texts) {
            TextDocument document = TextDocument.read(text);
            String name = stem(text);
            CodingResult coded = coder.code(List.of(document));
            Tally tally = cells(stances.path(name), coded).plus(events(name, coded, gold));
            documents.put(name, tally);
            total = total.plus(tally);
        }
        return new Result(total, documents);
    }

    private static Tally cells(JsonNode gold, CodingResult coded) {
        int cells = 0;
        int agreeing = 0;
        int evidence = 0;
        int evidenceAgreeing = 0;
        for (Iterator<Map.Entry<String, JsonNode>> actors = gold.fields(); actors.hasNext(); ) {
            Map.Entry<String, JsonNode> actor = actors.next();
            for (Iterator<Map.Entry<String, JsonNode>> dims = actor.getValue().fields(); dims.hasNext(); ) {
                Map.Entry<String, JsonNode> dim = dims.next();
                Dimension d = Dimension.parse(dim.getKey()).orElse(null);
                if (d == null) {
                    continue;
                }
                double value = dim.getValue().path(0).asDouble(0.5);
                double confidence = dim.getValue().path(1).asDouble(0);
                boolean agrees = Math.abs(coded.stance(actor.getKey()).value(d) - value) <= TOLERANCE + 1e-9;
                cells++;
                agreeing += agrees ? 1 : 0;
                if (confidence > 0) {
                    evidence++;
                    evidenceAgreeing += agrees ? 1 : 0;
                }
            }
        }
        return new Tally(cells, agreeing, evidence, evidenceAgreeing, 0, 0, 0);
    }

    private static Tally events(String name, CodingResult coded, Map<Key, Integer> gold) {
        Map<Key, Integer> left = new HashMap<>();
        int goldEvents = 0;
        for (Map.Entry<Key, Integer> e : gold.entrySet()) {
            if (e.getKey().document().equals(name)) {
                left.put(e.getKey(), e.getValue());
                goldEvents += e.getValue();
            }
        }
        int matched = 0;
        for (CodedEvent e : coded.events()) {
            Key key = new Key(name, e.paragraph(), asAggregate(e.source()), root(e.cameo()));
            Integer n = left.get(key);
            if (n != null && n > 0) {
                left.put(key, n - 1);
                matched++;
            }
        }
        return new Tally(0, 0, 0, 0, goldEvents, coded.events().size(), matched);
    }

    private static void readEvents(Path file, Map<Key, Integer> gold) throws InputException {
        String content = InputFiles.read(file, InputFiles.MAX_TEXT_BYTES, "events");
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get();
        try (Reader reader = new StringReader(content); CSVParser csv = format.parse(reader)) {
            for (String column : List.of("doc", "para", "src", "cameo", "role")) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new InputException(new Problem(file, 1, column, "column missing from the header"));
                }
            }
            for (CSVRecord r : csv) {
                int line = (int) r.getRecordNumber() + 1;
                String role = r.get("role").strip();
                if (!role.equals("primary") && !role.equals("secondary")) {
                    continue;
                }
                String para = r.get("para").strip();
                if (!para.matches("P\\d+")) {
                    throw new InputException(new Problem(file, line, "para", "expected P<n>, found '" + para + "'"));
                }
                Key key = new Key(r.get("doc").strip(), Integer.parseInt(para.substring(1)),
                        asAggregate(r.get("src").strip()), root(r.get("cameo").strip()));
                gold.merge(key, 1, Integer::sum);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(new Problem(file, 0, "", "cannot be read as tab-separated events: "
                    + e.getMessage()));
        }
    }

    /**
     * An actor as the gold coding records it: US treaty allies as the allied aggregate, and any other
     * state besides the United States, Russia and China as {@code OTH} (the codebook's code for
     * every other actor).
     */
    static String asAggregate(String actor) {
        if (Actors.isTreatyAlly(actor)) {
            return Actors.ALLIES;
        }
        boolean otherState = Actors.states().contains(actor)
                && !List.of(Actors.USA, Actors.RUSSIA, Actors.CHINA).contains(actor);
        return otherState ? OTHER : actor;
    }

    /** The gold coding's code for an actor that is none of the named ones. */
    static final String OTHER = "OTH";

    /** A CAMEO code's root: its first two digits. */
    static String root(String cameo) {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    private static List<Path> list(Path folder, String suffix, String prefix) throws InputException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix)
                    && f.getFileName().toString().startsWith(prefix) && !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new InputException(new Problem(folder, 0, "", "cannot list: " + e.getMessage()));
        }
    }
}
