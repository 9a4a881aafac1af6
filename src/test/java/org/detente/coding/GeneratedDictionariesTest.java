package org.detente.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dictionaries generated from PETRARCH2 and VADER by the scripts in scripts/ agree with the
 * hand-written files they were generated against, so a change to those files that needs the
 * generators run again fails here (the generators themselves need the source dictionaries,
 * which the build does not ship).
 */
class GeneratedDictionariesTest {

    private static final List<String> GENERATED = List.of("patterns-cameo.tsv", "actors-states.tsv", "agents-states.tsv",
            "actors-phoenix-persons.tsv", "actors-phoenix-bodies.tsv", "actors-organisations.tsv", "agents-phoenix.tsv", "evaluative-vader.tsv");

    @Test
    void everyGeneratedRowCitesItsSource() {
        for (String name : GENERATED) {
            List<Resources.Row> rows = Resources.read(name, 3);
            assertFalse(rows.isEmpty(), name);
            for (Resources.Row row : rows) {
                String provenance = row.fields()[2];
                assertTrue(provenance.matches("(Phoenix\\.[A-Za-z.]+\\.txt|CAMEO\\.2\\.0\\.txt|vader_lexicon\\.txt):\\d+.*"),
                        row.location() + ": provenance '" + provenance + "'");
            }
        }
    }

    /** scripts/cameo-verbs.py leaves out the verbs a hand-checked pattern begins. */
    @Test
    void noDictionaryVerbBeginsAHandCheckedPattern() {
        Set<String> handFirstWords = new HashSet<>();
        for (String name : List.of("patterns.tsv", "patterns-domain.tsv")) {
            Resources.read(name, 3).forEach(r -> handFirstWords.add(Phrase.withoutVerbMark(r.fields()[0].split("\\s+")[0])));
        }
        for (Resources.Row row : Resources.read("patterns-cameo.tsv", 3)) {
            String pattern = row.fields()[0];
            if (!pattern.contains(" ")) {
                assertFalse(handFirstWords.contains(Phrase.withoutVerbMark(pattern)),
                        row.location() + ": '" + pattern + "' begins a hand-checked pattern; run scripts/cameo-verbs.py again");
            }
        }
    }

    /** scripts/phoenix-states.py leaves out the states the hand-written dictionaries name. */
    @Test
    void noGeneratedStateIsOneTheHandWrittenDictionariesName() {
        Set<String> named = new HashSet<>();
        for (String name : List.of("actors.tsv", "actors-domain.tsv", "agents.tsv", "agents-domain.tsv")) {
            for (Resources.Row row : Resources.read(name, 3)) {
                named.addAll(List.of(row.fields()[1].split("\\+")));
            }
        }
        for (String name : List.of("actors-states.tsv", "agents-states.tsv")) {
            for (Resources.Row row : Resources.read(name, 3)) {
                assertFalse(named.contains(row.fields()[1]), row.location() + ": " + row.fields()[1]
                        + " is named by a hand-written dictionary; run scripts/phoenix-states.py again");
            }
        }
    }
}
