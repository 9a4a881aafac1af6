package org.detente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.detente.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoderScoreTest {

    @TempDir
    Path dir;

    /**
     * The development corpus (src/test/resources/coding-dev, PROVENANCE.md there), held to issue
     * 13's targets: 90% of all stance cells and 85% of cells with evidence within 0.15, event
     * precision and F1 of 0.6. Measured: 198/210 cells, 96/106 with evidence, precision 0.67
     * (116/173), recall 0.66 (116/175), F1 0.67. The figures are in-sample: this corpus guided
     * the word lists and an error analysis of it the grammar rules.
     */
    @Test
    void theDevelopmentCorpusMeetsTheTargets() throws Exception {
        CoderScore.Result r = CoderScore.score(Path.of("src/test/resources/coding-dev"), new StanceCoder());
        CoderScore.Tally t = r.total();
        assertEquals(10, r.documents().size());
        assertEquals(210, t.cells());
        assertEquals(106, t.evidenceCells());
        assertEquals(175, t.goldEvents(), "primary and secondary rows of both event files");
        assertTrue(t.cellsAgreeing() / (double) t.cells() >= 0.90, "all cells: " + t.cellsAgreeing());
        assertTrue(t.evidenceAgreeing() / (double) t.evidenceCells() >= 0.85, "cells with evidence: "
                + t.evidenceAgreeing());
        assertTrue(t.precision() >= 0.60 && t.f1() >= 0.60, "precision " + t.precision() + ", F1 " + t.f1());
    }

    /**
     * The four held-out sets (src/test/resources/coding-heldout, README.md there) score at least
     * what they scored when the grammar and dictionaries of issue 13 were finished (set1:
     * precision 0.50, recall 0.46; set2: 0.53, 0.38; set3: 0.47, 0.42, blind 0.42, 0.38; set4, blind: 0.49, 0.45), less a margin of
     * about two events: a
     * regression test on text the coder was not developed on (though no longer blind to).
     */
    @Test
    void theHeldOutSetsScoreAtLeastWhatTheyDid() throws Exception {
        CoderScore.Tally one = CoderScore.score(Path.of("src/test/resources/coding-heldout/set1"), new StanceCoder()).total();
        assertEquals(78, one.goldEvents());
        assertTrue(one.precision() >= 0.44 && one.recall() >= 0.42, "set1: precision " + one.precision() + ", recall "
                + one.recall());
        CoderScore.Tally two = CoderScore.score(Path.of("src/test/resources/coding-heldout/set2"), new StanceCoder()).total();
        assertEquals(106, two.goldEvents());
        assertTrue(two.precision() >= 0.44 && two.recall() >= 0.35, "set2: precision " + two.precision() + ", recall "
                + two.recall());
        CoderScore.Tally three = CoderScore.score(Path.of("src/test/resources/coding-heldout/set3"), new StanceCoder()).total();
        assertEquals(86, three.goldEvents());
        assertTrue(three.precision() >= 0.44 && three.recall() >= 0.39, "set3: precision " + three.precision()
                + ", recall " + three.recall());
        CoderScore.Tally four = CoderScore.score(Path.of("src/test/resources/coding-heldout/set4"), new StanceCoder()).total();
        assertEquals(71, four.goldEvents());
        assertTrue(four.precision() >= 0.46 && four.recall() >= 0.42, "set4: precision " + four.precision()
                + ", recall " + four.recall());
    }

    @Test
    void eventsMatchOnParagraphSourceAndRootWithAlliesAsAll() throws Exception {
        Files.writeString(dir.resolve("d.txt"), "Japan criticised Russia over the test. — Reuters\n"
                + "Russia rejected the draft resolution. — TASS\n");
        Files.writeString(dir.resolve("events-a.tsv"), "doc\tsid\tpara\tsource_label\tsrc\ttgt\tcameo\trole\tcues\tnote\n"
                + "d\tS1\tP1\tReuters\tALL\tRUS\t111\tprimary\t\t\n"
                + "d\tS3\tP2\tTASS\tRUS\t---\t120\tprimary\t\t\n"
                + "d\tS3\tP2\tTASS\tRUS\t---\t120\telaboration\t\trestates: not an event\n"
                + "d\tS3\tP2\tTASS\tUSA\t---\t036\tbackground\t\tearlier: not an event\n");
        Files.writeString(dir.resolve("gold.json"), "{\"d\": {\"RUS\": {\"D\": [0.5, 0.0], \"N\": [0.4, 0.2]}}}");
        CoderScore.Tally t = CoderScore.score(dir, new StanceCoder()).total();
        assertEquals(2, t.goldEvents(), "elaborations and background events are not events");
        assertEquals(2, t.cells());
        assertEquals(1, t.evidenceCells());
        assertTrue(t.matched() <= Math.min(t.goldEvents(), t.codedEvents()));
        assertEquals("ALL", CoderScore.asAggregate("JPN"));
        assertEquals("OTH", CoderScore.asAggregate("CHE"), "any other state is the codebook's OTH");
        assertEquals("CHN", CoderScore.asAggregate("CHN"));
        assertEquals("UNSC", CoderScore.asAggregate("UNSC"));
        assertEquals("11", CoderScore.root("111"));
    }

    @Test
    void aFolderWithoutGoldIsRefusedSayingWhatIsMissing() throws Exception {
        Files.writeString(dir.resolve("d.txt"), "Russia rejected the draft. — TASS\n");
        InputException e = assertThrows(InputException.class, () -> CoderScore.score(dir, new StanceCoder()));
        assertTrue(e.getMessage().contains("events-*.tsv, gold.json"), e.getMessage());
    }
}
