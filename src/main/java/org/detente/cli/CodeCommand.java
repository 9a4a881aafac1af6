package org.detente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.detente.coding.CodedEvent;
import org.detente.coding.CodingResult;
import org.detente.coding.StanceCoder;
import org.detente.coding.StanceEstimate;
import org.detente.coding.TextDocument;
import org.detente.scenario.Dimension;
import org.detente.scenario.InputException;
import org.detente.scenario.InputFiles;
import org.detente.scenario.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code detente code}: the events and stances the coder finds in texts. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code news texts into CAMEO events and per-actor stances.",
                "Each event has its CAMEO code and Goldstein weight. A text has one paragraph",
                "per line, each ending with an attribution '— SOURCE'."},
        footer = {"", "Examples:",
                "  detente code scenarios/texts/seed-space-security.txt",
                "  detente code --json scenarios/texts/*.txt > stances.json",
                "  detente code --timing scenarios/texts/seed-space-security.txt",
                "  detente code - < scenarios/texts/seed-space-security.txt",
                "  # a hand-coded gold folder (texts, events-*.tsv, gold.json):",
                "  detente code --score src/test/resources/coding-dev",
                "  detente code --dictionary my-terms.tsv my-text.txt"})
final class CodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    /** The name standard input goes by, as a FILE ({@code -}) and in messages. */
    static final String STDIN = "-";
    static final String STDIN_NAME = "<stdin>";

    @ParentCommand
    DetenteCommand parent;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Text files to code ('-' reads standard input); stances aggregate over all of them.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--score", paramLabel = "GOLD_DIR",
            description = "Code every text of a hand-coded gold folder (texts, events-*.tsv, gold.json) and print"
                    + " stance-cell agreement (within 0.15) and event precision, recall and F1 (paragraph, source"
                    + " actor, CAMEO root; allies as ALL).")
    Path score;

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "A user dictionary to add to the coder's own (tab-separated: kind, phrase, code,"
                    + " provenance; docs/stance-coding.md).")
    Path dictionary;

    @Option(names = "--json", description = "Write the events and stances as JSON.")
    boolean json;

    @Option(names = "--timing", description = "Report on standard error how long loading the models and coding took.")
    boolean timing;

    @Override
    public Integer call() throws Exception {
        if (score != null) {
            if (!files.isEmpty()) {
                throw new UsageException("--score codes the texts of its gold folder: give no FILE with it");
            }
            printScore(spec.commandLine().getOut(), score, org.detente.coding.CoderScore.score(score, coder()));
            return Main.OK;
        }
        if (files.isEmpty()) {
            throw new UsageException("give one or more text files to code (or --score GOLD_DIR)");
        }
        if (files.stream().filter(f -> f.toString().equals(STDIN)).count() > 1) {
            throw new UsageException("'-' (standard input) can be read once: give it once");
        }
        List<TextDocument> documents = new ArrayList<>();
        for (Path file : files) {
            boolean stdin = file.toString().equals(STDIN);
            TextDocument document = stdin ? readStandardInput() : TextDocument.read(file);
            Workflows.warnUnattributed(spec.commandLine().getErr(), stdin ? Path.of(STDIN_NAME) : file, document);
            documents.add(document);
        }
        long t0 = System.nanoTime();
        StanceCoder coder = coder();
        long t1 = System.nanoTime();
        CodingResult result = coder.code(documents);
        long t2 = System.nanoTime();
        if (timing) {
            coder.code(documents);
            long t3 = System.nanoTime();
            int paragraphs = documents.stream().mapToInt(d -> d.paragraphs().size()).sum();
            spec.commandLine().getErr().printf(Locale.ROOT,
                    "timing: models and dictionaries loaded in %.0f ms; %d paragraph(s), %d sentence(s) coded into %d"
                            + " event(s) in %.1f ms (first pass, cold JIT), %.1f ms (second pass): %.0f sentences a"
                            + " second%n", (t1 - t0) / 1e6, paragraphs, coder.sentencesCoded(), result.events().size(),
                    (t2 - t1) / 1e6, (t3 - t2) / 1e6, coder.sentencesCoded() / Math.max(1e-9, (t3 - t2) / 1e9));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(toJson(mapper, result)));
        } else {
            printTables(out, result);
        }
        return Main.OK;
    }

    /**
     * The text on standard input, with the checks {@link TextDocument#read} makes of a file:
     * within the size limit of a text, UTF-8, no NUL bytes, not empty; each refusal names
     * {@code <stdin>}.
     */
    private TextDocument readStandardInput() throws InputException {
        Path name = Path.of(STDIN_NAME);
        InputStream in = parent != null ? parent.in : System.in;
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) InputFiles.MAX_TEXT_BYTES + 1);
        } catch (IOException e) {
            throw new InputException(new Problem(name, 0, "", "cannot read: " + e.getMessage()));
        }
        if (bytes.length > InputFiles.MAX_TEXT_BYTES) {
            throw new InputException(new Problem(name, 0, "", String.format(Locale.ROOT,
                    "more than a text may have (%,d bytes); split it into smaller files", InputFiles.MAX_TEXT_BYTES)));
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(new Problem(name, 0, "", "not UTF-8 text"));
        }
        if (content.indexOf('\u0000') >= 0) {
            throw new InputException(new Problem(name, 0, "", "binary input (it holds NUL bytes); expected UTF-8"
                    + " text, one paragraph per line"));
        }
        TextDocument document = TextDocument.parse(STDIN_NAME, content);
        if (document.paragraphs().isEmpty()) {
            throw new InputException(new Problem(name, 0, "", "the text is empty; expected one paragraph per line"));
        }
        return document;
    }

    private StanceCoder coder() throws org.detente.scenario.InputException {
        return dictionary == null ? new StanceCoder()
                : new StanceCoder(org.detente.coding.UserDictionary.read(dictionary));
    }

    private static void printScore(PrintWriter out, Path folder, org.detente.coding.CoderScore.Result result) {
        out.printf(Locale.ROOT, "Coder scored against %s (%d texts)%n", folder, result.documents().size());
        out.printf(Locale.ROOT, "%-40s %13s %17s %9s %7s %6s%n", "text", "stance cells", "cells w/ evidence",
                "precision", "recall", "F1");
        result.documents().forEach((name, t) -> out.printf(Locale.ROOT, "%-40s %13s %17s %9s %7s %6.2f%n",
                name.length() > 40 ? name.substring(0, 37) + "..." : name, t.cellsAgreeing() + "/" + t.cells(),
                t.evidenceAgreeing() + "/" + t.evidenceCells(), ratio(t.precision()), ratio(t.recall()), t.f1()));
        org.detente.coding.CoderScore.Tally t = result.total();
        out.printf(Locale.ROOT, "Stance cells within %.2f of gold: %d/%d (%.1f%%); cells with evidence: %d/%d (%.1f%%)%n",
                org.detente.coding.CoderScore.TOLERANCE, t.cellsAgreeing(), t.cells(), 100.0 * t.cellsAgreeing() / t.cells(),
                t.evidenceAgreeing(), t.evidenceCells(), 100.0 * t.evidenceAgreeing() / Math.max(1, t.evidenceCells()));
        out.printf(Locale.ROOT, "Events (paragraph, source actor, CAMEO root; allies as ALL): precision %s (%d/%d),"
                        + " recall %s (%d/%d), F1 %.2f%n", ratio(t.precision()), t.matched(), t.codedEvents(),
                ratio(t.recall()), t.matched(), t.goldEvents(), t.f1());
    }

    private static String ratio(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.2f", x);
    }

    static ObjectNode toJson(ObjectMapper mapper, CodingResult result) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode events = root.putArray("events");
        for (CodedEvent e : result.events()) {
            ObjectNode node = events.addObject();
            node.put("document", e.document());
            node.put("paragraph", e.paragraph());
            node.put("sentence", e.sentence());
            node.putArray("span").add(e.start()).add(e.end());
            node.put("text", e.text());
            node.put("speaker", e.speaker());
            node.put("attribution", e.attribution());
            node.put("source", e.source());
            node.put("target", e.target());
            node.put("cameo", e.cameo());
            node.put("goldstein", e.goldstein());
            node.put("pattern", e.pattern());
            node.put("multiplier", e.multiplier());
            ArrayNode modality = node.putArray("modality");
            e.modality().forEach(modality::add);
            ArrayNode cues = node.putArray("cues");
            e.cues().forEach(cues::add);
        }
        ObjectNode stances = root.putObject("stances");
        for (Map.Entry<String, StanceEstimate> actor : result.stances().entrySet()) {
            ObjectNode node = stances.putObject(actor.getKey());
            for (Dimension d : Dimension.values()) {
                ObjectNode dim = node.putObject(d.name());
                dim.put("value", round(actor.getValue().value(d)));
                dim.put("confidence", round(actor.getValue().confidence(d)));
                dim.put("evidence", actor.getValue().evidence(d));
            }
        }
        return root;
    }

    private static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    private static void printTables(PrintWriter out, CodingResult result) {
        out.println("Events");
        out.println("(where = paragraph.sentence; pattern = resource line that matched; --json for spans and more)");
        out.printf(Locale.ROOT, "%-7s %-7s %-15s %-5s %6s  %-28s %-17s %s%n", "where", "speaker", "source->target",
                "CAMEO", "Gold.", "matched", "pattern", "cues");
        for (CodedEvent e : result.events()) {
            String where = e.paragraph() + "." + e.sentence();
            String matched = e.text().length() > 28 ? e.text().substring(0, 25) + "..." : e.text();
            String pattern = e.pattern().split(" ")[0];
            String cues = e.cues().isEmpty() ? "-" : String.join(" ", e.cues());
            if (!e.modality().isEmpty()) {
                cues += "  [" + String.join("; ", e.modality()) + "]";
            }
            String dyad = e.source() + "->" + (e.target().isEmpty() ? "-" : e.target());
            out.printf(Locale.ROOT, "%-7s %-7s %-15s %-5s %+6.1f  %-28s %-17s %s%n", where,
                    e.speaker().isEmpty() ? "?" : e.speaker(), dyad, e.cameo(), e.goldstein(), matched, pattern, cues);
        }
        out.println();
        out.println("Stances (value, confidence, evidence count; 0.5 with confidence 0 where the text is silent)");
        out.printf(Locale.ROOT, "%-6s", "actor");
        for (Dimension d : Dimension.values()) {
            out.printf(Locale.ROOT, " %-17s", d.name());
        }
        out.println();
        for (Map.Entry<String, StanceEstimate> actor : result.stances().entrySet()) {
            out.printf(Locale.ROOT, "%-6s", actor.getKey());
            for (Dimension d : Dimension.values()) {
                StanceEstimate s = actor.getValue();
                String cell = s.silent(d) ? "text silent"
                        : String.format(Locale.ROOT, "%.2f c%.2f n%d", s.value(d), s.confidence(d), s.evidence(d));
                out.printf(Locale.ROOT, " %-17s", cell);
            }
            out.println();
        }
    }
}
