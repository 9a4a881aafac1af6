package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.detente.scenario.InputException;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's own dictionary reaches the coder of its texts, and a missing one is named. */
class ScenarioDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void aScenarioDictionaryCodesItsTextsAndAMissingOneIsReported() throws Exception {
        Files.writeString(dir.resolve("t.txt"), "Russia voiced deep alarm about the US test. — TASS\n");
        Files.writeString(dir.resolve("terms.tsv"), "kind\tphrase\tcode\tprovenance\npattern\tvoice * alarm\t111\tuser\n");
        Path with = ScenarioFiles.write(dir, "with.yaml", ScenarioFiles.MINIMAL + "texts: [t.txt]\ndictionary: terms.tsv\n");
        Path without = ScenarioFiles.write(dir, "without.yaml", ScenarioFiles.MINIMAL.replace("name: minimal",
                "name: plain") + "texts: [t.txt]\n");
        CompiledScenario a = new ScenarioCompiler().compile(with);
        CompiledScenario b = new ScenarioCompiler().compile(without);
        assertTrue(a.coding().events().stream().anyMatch(e -> e.cameo().equals("111") && e.source().equals("RUS")));
        assertTrue(b.coding().events().stream().noneMatch(e -> e.cameo().equals("111")));
        assertTrue(a.stances().get("RUS").value(org.detente.scenario.Dimension.TR) < 0.5, "the user's event moves RUS");
        Path missing = ScenarioFiles.write(dir, "missing.yaml", ScenarioFiles.MINIMAL + "dictionary: nowhere.tsv\n");
        InputException e = assertThrows(InputException.class, () -> new ScenarioCompiler().compile(missing));
        assertTrue(e.getMessage().contains("dictionary") && e.getMessage().contains("nowhere.tsv"), e.getMessage());
    }
}
