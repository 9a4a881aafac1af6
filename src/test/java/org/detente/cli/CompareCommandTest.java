package org.detente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code detente compare} as a user meets it: pairing by seed, choosing and naming scenarios, replacing outputs. */
class CompareCommandTest {

    @TempDir
    static Path dir;

    private static Path baseline;
    private static Path dialogueSeed7;
    private static Path dialogue;

    @BeforeAll
    static void batches() {
        baseline = batch("baseline", "20240424", "baseline");
        dialogue = batch("dialogue", "20240424", "dialogue");
        dialogueSeed7 = batch("dialogue", "7", "dialogue-7");
    }

    private static Path batch(String scenario, String seed, String folder) {
        Path out = dir.resolve(folder);
        MainTest.Outcome o = MainTest.run("batch", ScenarioFiles.shipped(scenario).toString(), "-n", "40", "--seed",
                seed, "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        return out;
    }

    private static void assertOneLine(MainTest.Outcome o, String... fragments) {
        assertEquals(Main.BAD_INPUT, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        for (String f : fragments) {
            assertTrue(o.err().contains(f), "'" + f + "' missing from: " + o.err());
        }
    }

    @Test
    void foldersRunWithDifferentSeedsAreNotPairedSilently() throws Exception {
        Path out = dir.resolve("refused");
        assertOneLine(MainTest.run("compare", baseline.toString(), dialogueSeed7.toString(), "--out", out.toString()),
                "do not share seeds", "--unpaired", "master seed 7", "master seed 20240424");
        assertFalse(Files.exists(out.resolve("report.html")), "nothing written when refused");

        MainTest.Outcome o = MainTest.run("compare", baseline.toString(), dialogueSeed7.toString(), "--out",
                out.toString(), "--unpaired");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("independent samples"), o.out());
        List<String> stats = Files.readAllLines(out.resolve("stats.csv"));
        assertTrue(stats.stream().anyMatch(l -> l.startsWith("pair,dialogue,baseline,unpaired_crisis_difference,")),
                stats.toString());
        assertFalse(stats.stream().anyMatch(l -> l.contains("paired_crisis_difference") && !l.contains("unpaired")),
                "no paired difference of runs that are not pairs");
        assertTrue(Files.readString(out.resolve("report.html")).contains("independent samples"));
    }

    @Test
    void foldersRunWithTheSameSeedArePaired() throws Exception {
        Path out = dir.resolve("paired");
        MainTest.Outcome o = MainTest.run("compare", baseline.toString(), dialogue.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> stats = Files.readAllLines(out.resolve("stats.csv"));
        assertTrue(stats.stream().anyMatch(l -> l.startsWith("pair,dialogue,baseline,paired_crisis_difference,")),
                stats.toString());
    }

    @Test
    void scenariosCanBeChosenOrderedAndRelabelled() throws Exception {
        Path out = dir.resolve("chosen");
        MainTest.Outcome o = MainTest.run("compare", baseline.toString(), dialogue.toString(), "--out", out.toString(),
                "--scenario", "dialogue=talks open", "--scenario", "baseline");
        assertEquals(0, o.code(), o.err());
        List<String> stats = Files.readAllLines(out.resolve("stats.csv"));
        assertTrue(stats.get(1).startsWith("scenario,talks open,,crisis_probability,"), stats.get(1));
        assertTrue(stats.stream().anyMatch(l -> l.startsWith("pair,baseline,talks open,paired_crisis_difference,")));
        assertOneLine(MainTest.run("compare", baseline.toString(), "--out", dir.resolve("x").toString(), "--scenario",
                "nosuch"), "--scenario", "no scenario 'nosuch'", "baseline");
        assertOneLine(MainTest.run("compare", baseline.toString(), dialogue.toString(), "--out",
                dir.resolve("y").toString(), "--scenario", "baseline=same", "--scenario", "dialogue=same"), "same");
    }

    @Test
    void anEarlierComparisonIsReplacedOnlyWithForceAndLeavesNothingStale() throws Exception {
        Path out = dir.resolve("again");
        assertEquals(0, MainTest.run("compare", baseline.toString(), dialogue.toString(), "--out", out.toString())
                .code());
        Path stale = out.resolve("charts/heatmap_crisis_probability.png");
        Files.writeString(stale, "from a sweep compared earlier");
        String before = Files.readString(out.resolve("report.html"));
        assertOneLine(MainTest.run("compare", baseline.toString(), "--out", out.toString()), "--force",
                "earlier comparison");
        assertEquals(before, Files.readString(out.resolve("report.html")), "untouched without --force");
        MainTest.Outcome o = MainTest.run("compare", baseline.toString(), "--out", out.toString(), "--force");
        assertEquals(0, o.code(), o.err());
        assertFalse(Files.exists(stale), "a chart of the earlier comparison is not left behind");
        assertFalse(Files.exists(out.resolve("charts/paired_difference.png")), "one scenario: no difference chart");
    }

    @Test
    void printResolutionIsAvailable() throws Exception {
        Path out = dir.resolve("print");
        MainTest.Outcome o = MainTest.run("compare", baseline.toString(), "--out", out.toString(), "--dpi", "300",
                "--scenario", "baseline");
        assertEquals(0, o.code(), o.err());
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.resolve("charts/crisis_probability.png")
                .toFile());
        assertEquals(3750, png.getWidth());
        assertOneLine(MainTest.run("compare", baseline.toString(), "--out", dir.resolve("z").toString(), "--dpi", "20"),
                "--dpi");
    }

    @Test
    void theSameScenarioFromTwoFoldersIsShownUnderEachFoldersName() throws Exception {
        Path out = dir.resolve("two-seeds");
        assertOneLine(MainTest.run("compare", dialogue.toString(), dialogueSeed7.toString(), "--out", out.toString()),
                "do not share seeds");
        MainTest.Outcome o = MainTest.run("compare", dialogue.toString(), dialogueSeed7.toString(), "--out",
                out.toString(), "--unpaired");
        assertEquals(0, o.code(), o.err());
        List<String> stats = Files.readAllLines(out.resolve("stats.csv"));
        assertTrue(stats.stream().anyMatch(l -> l.startsWith("scenario,dialogue/dialogue,,crisis_probability,")));
        assertTrue(stats.stream().anyMatch(l -> l.startsWith("pair,dialogue-7/dialogue,dialogue/dialogue,"
                + "unpaired_crisis_difference,")), stats.toString());
    }
}
