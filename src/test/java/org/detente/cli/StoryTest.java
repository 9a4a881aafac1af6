package org.detente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.detente.batch.CompiledScenario;
import org.detente.batch.Runs;
import org.detente.batch.ScenarioCompiler;
import org.detente.batch.Story;
import org.detente.chart.StoryChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code detente run} writes a story of the run: the chart marks exactly the signals of
 * {@code trace.csv} that raised a rung, its lines are the rungs of {@code dyads.csv}, and
 * {@code story.md} names the first crisis day of {@code events.csv} and the signal that tipped it.
 */
class StoryTest {

    @TempDir
    static Path dir;

    private static Path folder;

    @BeforeAll
    static void run() {
        folder = dir.resolve("run");
        MainTest.Outcome o = MainTest.run("run", "scenarios/escalation.yaml", "--seed", "1", "--out", folder.toString());
        assertEquals(0, o.code(), o.err());
    }

    private static List<CSVRecord> read(String file) throws Exception {
        try (Reader in = Files.newBufferedReader(folder.resolve(file))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** The same run, its story rebuilt in memory, and the chart drawn from it. */
    private static org.detente.analysis.RunStory story() throws Exception {
        CompiledScenario scenario = new ScenarioCompiler().compile(Path.of("scenarios/escalation.yaml"));
        Story story = new Story(scenario.scenario());
        Runs.run(scenario, 0, Runs.replicationSeed(1, 0), story);
        return story.result();
    }

    private static List<String> points(XYDataset data, String series) {
        List<String> points = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (data.getSeriesKey(s).equals(series)) {
                for (int i = 0; i < data.getItemCount(s); i++) {
                    points.add((int) data.getXValue(s, i) + "@" + (int) Math.round(data.getYValue(s, i)));
                }
            }
        }
        points.sort(null);
        return points;
    }

    @Test
    void theChartMarksTheSignalsOfTheTraceThatRaisedARung() throws Exception {
        assertTrue(Files.size(folder.resolve("story.png")) > 10_000, "story.png drawn");
        assertTrue(Files.readString(folder.resolve("story.svg")).contains("<svg"), "story.svg drawn");
        List<String> asSent = new ArrayList<>();
        List<String> misread = new ArrayList<>();
        for (CSVRecord r : read("trace.csv")) {
            int before = Integer.parseInt(r.get("rung_before"));
            int after = Integer.parseInt(r.get("rung_after"));
            if (r.get("lost").equals("0") && after > before) {
                (r.get("misperceived").equals("1") ? misread : asSent).add(r.get("day") + "@" + after);
            }
        }
        asSent.sort(null);
        misread.sort(null);
        assertFalse(asSent.isEmpty() || misread.isEmpty(), "this run has both kinds of marks");

        JFreeChart chart = StoryChart.of(story(), "test");
        XYDataset marks = ((XYPlot) chart.getPlot()).getDataset(0);
        assertEquals(asSent, points(marks, "rung raised, seen as sent"));
        assertEquals(misread, points(marks, "misperceived: what it was taken for"));
    }

    @Test
    void theChartsLinesAreTheRungsOfEachPairByDay() throws Exception {
        Map<String, Map<Integer, Integer>> rungs = new TreeMap<>();
        for (CSVRecord r : read("dyads.csv")) {
            rungs.computeIfAbsent(r.get("actor") + " toward " + r.get("toward"), k -> new TreeMap<>())
                    .put(Integer.parseInt(r.get("day")), Integer.parseInt(r.get("rung")));
        }
        XYDataset lines = ((XYPlot) StoryChart.of(story(), "test").getPlot()).getDataset(1);
        assertEquals(rungs.size(), lines.getSeriesCount(), "every adversarial pair drawn (four here)");
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            Map<Integer, Integer> expected = rungs.get((String) lines.getSeriesKey(s));
            assertEquals(expected.size(), lines.getItemCount(s));
            for (int i = 0; i < lines.getItemCount(s); i++) {
                // Drawn a hair apart (at most 0.1 of a rung) so that pairs on one rung stay visible.
                assertEquals(expected.get((int) lines.getXValue(s, i)), lines.getYValue(s, i), 0.1);
            }
        }
    }

    @Test
    void theStoryNamesTheFirstCrisisDayAndTheSignalThatTippedIt() throws Exception {
        int crisisDay = -1;
        for (CSVRecord r : read("events.csv")) {
            if (r.get("event").equals("crisis begins")) {
                crisisDay = Integer.parseInt(r.get("day"));
                break;
            }
        }
        assertTrue(crisisDay >= 0, "this run has a crisis");
        String md = Files.readString(folder.resolve("story.md"));
        assertTrue(md.contains("**Crisis on day " + crisisDay + "**"), md);
        // The cause: the last signal by that day that raised the US-Russia pair to the threshold (4).
        CSVRecord cause = null;
        for (CSVRecord r : read("trace.csv")) {
            boolean usRussia = (r.get("sender") + r.get("receiver")).matches("USARUS|RUSUSA");
            if (Integer.parseInt(r.get("day")) <= crisisDay && usRussia && r.get("lost").equals("0")
                    && Integer.parseInt(r.get("rung_after")) >= 4
                    && Integer.parseInt(r.get("rung_after")) > Integer.parseInt(r.get("rung_before"))) {
                cause = r;
            }
        }
        assertTrue(cause != null, "a signal tipped it");
        String tipped = md.substring(md.indexOf("It was tipped by"), md.indexOf('\n', md.indexOf("It was tipped by")));
        assertTrue(tipped.contains(cause.get("sender") + " " + cause.get("signal").replace('_', ' ') + " toward "
                + cause.get("receiver")), tipped);
        assertTrue(tipped.contains("on day " + cause.get("day")), tipped);
        assertTrue(md.contains("(the crisis)"), "the turning point is marked");
    }

    /** A turn the scenario scripted (a demonstration) says so, and only such a turn. */
    @Test
    void scriptedActsAreToldAsScriptedNotAsTheActorsChoice() throws Exception {
        Map<String, String> scripted = new TreeMap<>(); // "day|detail" of every scripted act in events.csv
        for (CSVRecord r : read("events.csv")) {
            if (r.get("event").startsWith("scripted ")) {
                scripted.put(r.get("day") + "|" + r.get("detail"), r.get("event").substring("scripted ".length()));
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "- day (\\d+): (\\S+) (.+?) toward (\\S+) \\(scripted by the scenario: (\\w+)\\)")
                .matcher(Files.readString(folder.resolve("story.md")));
        int told = 0;
        while (m.find()) {
            String key = m.group(1) + "|" + m.group(2) + " " + m.group(3) + " toward " + m.group(4);
            assertEquals(m.group(5), scripted.get(key), "a scripted act of events.csv: " + key);
            told++;
        }
        assertTrue(told >= 1, "this run has a scripted act that raised a rung");
        long scriptedTurns = read("trace.csv").stream().filter(r -> r.get("lost").equals("0")
                && Integer.parseInt(r.get("rung_after")) > Integer.parseInt(r.get("rung_before"))
                && scripted.containsKey(r.get("sent_day") + "|" + r.get("sender") + " "
                + r.get("signal").replace('_', ' ') + " toward " + r.get("receiver"))).count();
        assertEquals(scriptedTurns, told, "every scripted turn of the trace is told as such");
    }

    @Test
    void theMedoidIsTheCrisisRunNearestTheOthersByDayAndRung() {
        List<org.detente.analysis.RunOutcome> runs = List.of(
                new org.detente.analysis.RunOutcome("s", 0, -1, 2, 0), // no crisis: not a candidate
                new org.detente.analysis.RunOutcome("s", 1, 10, 4, 0),
                new org.detente.analysis.RunOutcome("s", 2, 30, 4, 0),
                new org.detente.analysis.RunOutcome("s", 3, 200, 4, 0),
                new org.detente.analysis.RunOutcome("s", 4, 20, 4, 0),
                new org.detente.analysis.RunOutcome("s", 5, 20, 4, 0));
        // Day 20 (two runs) is nearest the rest; of its two runs, the lower replication.
        assertEquals(4, org.detente.batch.TypicalRuns.medoid(runs).orElseThrow().replication());
        List<org.detente.analysis.RunOutcome> rungs = List.of(
                new org.detente.analysis.RunOutcome("s", 0, 50, 4, 0),
                new org.detente.analysis.RunOutcome("s", 1, 50, 6, 0),
                new org.detente.analysis.RunOutcome("s", 2, 50, 5, 0));
        assertEquals(2, org.detente.batch.TypicalRuns.medoid(rungs).orElseThrow().replication(), "the middle rung");
        assertTrue(org.detente.batch.TypicalRuns.medoid(runs.subList(0, 1)).isEmpty(), "no crisis, no medoid");
    }

    /** A batch writes its scenarios' most typical crisis runs; the comparison report shows and links them. */
    @Test
    void theReportLinksEachScenariosMostTypicalCrisisRunToItsStory() throws Exception {
        Path batch = dir.resolve("batch");
        MainTest.Outcome b = MainTest.run("batch", "scenarios/escalation.yaml", "-n", "80", "--seed", "5", "--out",
                batch.toString(), "-q");
        assertEquals(0, b.code(), b.err());
        List<org.detente.analysis.RunOutcome> runs = new ArrayList<>();
        for (CSVRecord r : readFrom(batch.resolve("runs.csv"))) {
            runs.add(new org.detente.analysis.RunOutcome("escalation", Integer.parseInt(r.get("replication")),
                    r.get("crisis").equals("1") ? Integer.parseInt(r.get("first_crisis_day")) : -1,
                    Integer.parseInt(r.get("peak_rung")), 0));
        }
        org.detente.analysis.RunOutcome typical = org.detente.batch.TypicalRuns.medoid(runs).orElseThrow();
        String md = Files.readString(batch.resolve("stories/escalation.md"));
        assertTrue(md.startsWith("# Most typical crisis run of escalation: replication " + typical.replication() + "\n"),
                md.lines().findFirst().orElse(""));
        assertTrue(md.contains("**Crisis on day " + typical.firstCrisisDay() + "**"), "the run again: the same day");
        assertTrue(Files.size(batch.resolve("stories/escalation.png")) > 10_000);

        Path comparison = dir.resolve("comparison");
        MainTest.Outcome c = MainTest.run("compare", batch.toString(), "--out", comparison.toString(), "-q");
        assertEquals(0, c.code(), c.err());
        String report = Files.readString(comparison.resolve("report.html"));
        assertTrue(report.contains("Why runs escalated: the most typical crisis run"), "the section");
        assertTrue(report.contains("href=\"charts/stories/escalation.md\"")
                && report.contains("href=\"charts/stories/escalation.svg\""), "links to the story");
        assertTrue(Files.exists(comparison.resolve("charts/stories/escalation.md")), "the story travels with the report");
    }

    private static List<CSVRecord> readFrom(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
