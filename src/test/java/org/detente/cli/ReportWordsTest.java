package org.detente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report reads as words for someone who has not seen the code: no identifier where a word
 * would do (outside the collapsed raw data: the manifest's JSON and the coded statements), a
 * summary, a glossary, and a caption on every chart.
 */
class ReportWordsTest {

    /** Identifiers a reader may meet in the text: the files the tool writes and the documents it cites. */
    private static final Set<String> ALLOWED = Set.of("runs.csv", "stats.csv", "timeseries.csv", "manifest.json",
            "report.html", "docs/ODD.md", "docs/calibration.md", "scenarios/levers.yaml");

    private static final Pattern IDENTIFIER = Pattern.compile(
            "\\b[A-Za-z]+(?:_[A-Za-z0-9]+)+\\b"          // snake_case
                    + "|\\b[a-z]+[A-Z][A-Za-z]*\\b"            // camelCase
                    + "|\\b[A-Za-z]+(?:\\.[A-Za-z_]+){2,}\\b"  // dotted paths: channels.dialogue.open
                    + "|\\b[\\w/.-]+\\.(?:csv|json|yaml|md|html)\\b");

    @TempDir
    Path dir;

    @Test
    void theReportHasNoRawIdentifiersAndEveryChartHasACaption() throws Exception {
        Path out = dir.resolve("levers");
        MainTest.Outcome batch = MainTest.run("batch", ScenarioFiles.shipped("dialogue").toString(),
                ScenarioFiles.shipped("escalation").toString(), "-n", "30", "--out", out.toString(), "-q");
        assertEquals(0, batch.code(), batch.err());
        MainTest.Outcome compare = MainTest.run("compare", out.toString());
        assertEquals(0, compare.code(), compare.err());
        String html = Files.readString(out.resolve("report.html"));

        List<String> found = identifiers(html);
        assertTrue(found.isEmpty(), "raw identifiers in the report's text: " + found);
        for (String heading : List.of("Summary", "What was compared", "Differences between scenarios", "Glossary",
                "Methods", "Limitations", "About these runs")) {
            assertTrue(html.contains(">" + heading + "</h"), heading + " missing");
        }
        int figures = count(html, "<figure>");
        assertTrue(figures >= 8, "charts: " + figures);
        Matcher captions = Pattern.compile("<figcaption><b>[^<]+\\.</b> ([^<]{40,})</figcaption>").matcher(html);
        int captioned = 0;
        while (captions.find()) {
            captioned++;
        }
        assertEquals(figures, captioned, "every chart has a caption saying what to look at");
    }

    @Test
    void aReportOfChosenDesignPointsSaysWhatEachSetsInWords() throws Exception {
        Path out = dir.resolve("sweep");
        MainTest.Outcome batch = MainTest.run("batch", "scenarios/sweep-dialogue-noise.yaml", "-n", "10", "--out",
                out.toString(), "-q");
        assertEquals(0, batch.code(), batch.err());
        Path chosen = dir.resolve("chosen");
        MainTest.Outcome compare = MainTest.run("compare", out.toString(), "--out", chosen.toString(), "--scenario",
                "baseline#3=low", "--scenario", "baseline#18=high");
        assertEquals(0, compare.code(), compare.err());
        String html = Files.readString(chosen.resolve("report.html"));
        assertTrue(identifiers(html).isEmpty(), "raw identifiers: " + identifiers(html));
        assertTrue(html.contains("<th>low</th><th>high</th>"), "one column per series shown, by its label");
        assertTrue(html.contains("dialogue channel contacts a month 0, noise scale 2"), "what point 3 sets, in words");
        MainTest.Outcome all = MainTest.run("compare", out.toString(), "--out", dir.resolve("all").toString());
        assertEquals(0, all.code(), all.err());
        String sweep = Files.readString(dir.resolve("all/report.html"));
        assertTrue(identifiers(sweep).isEmpty(), "raw identifiers: " + identifiers(sweep));
        assertTrue(sweep.contains("25 design points: dialogue channel contacts a month from 0 to 16"), "the range");
    }

    /** The identifiers in the report's visible text, but for the collapsed raw data and the allowed names. */
    static List<String> identifiers(String html) {
        String text = html.replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("(?s)<details class=\"data\">.*?</details>", " ")
                .replaceAll("(?s)<[^>]+>", " ")
                .replace("&nbsp;", " ");
        List<String> found = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (!ALLOWED.contains(token) && !token.startsWith("scenarios/") && !found.contains(token)) {
                found.add(token);
            }
        }
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
