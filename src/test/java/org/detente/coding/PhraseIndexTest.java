package org.detente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pattern index finds every phrase that a scan of all phrases would, in the same order. */
class PhraseIndexTest {

    @Test
    void theIndexHoldsEveryPhraseThatMatchesAtAToken() throws Exception {
        List<Phrase> phrases = new ArrayList<>();
        for (String name : List.of("patterns.tsv", "patterns-domain.tsv", "patterns-cameo.tsv", "actors.tsv",
                "actors-domain.tsv", "actors-phoenix-persons.tsv", "agents.tsv")) {
            Resources.read(name, 3).forEach(row -> phrases.add(Phrase.of(row.fields()[0])));
        }
        phrases.add(Phrase.of("* gap first"));
        PhraseIndex index = new PhraseIndex(phrases);
        EnglishNlp nlp = new EnglishNlp();
        List<Path> texts;
        try (Stream<Path> dev = Files.list(Path.of("src/test/resources/coding-dev"));
             Stream<Path> seed = Files.list(Path.of("scenarios/texts"))) {
            texts = Stream.concat(dev, seed).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int matches = 0;
        for (Path text : texts) {
            for (TextDocument.Paragraph paragraph : TextDocument.read(text).paragraphs()) {
                for (EnglishNlp.Sentence s : nlp.analyse(paragraph.text())) {
                    for (int i = 0; i < s.tokens().length; i++) {
                        int[] candidates = index.candidates(s, i);
                        int[] sorted = candidates.clone();
                        Arrays.sort(sorted);
                        assertTrue(Arrays.equals(sorted, candidates), "candidates come in list order");
                        for (int p = 0; p < phrases.size(); p++) {
                            if (phrases.get(p).match(s, i) > i) {
                                matches++;
                                assertTrue(Arrays.binarySearch(candidates, p) >= 0, "'" + phrases.get(p)
                                        + "' matches at '" + s.tokens()[i] + "' in " + text + " but is not a candidate");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(matches > 300, "the texts exercise the index: " + matches + " matches");
    }

    @Test
    void baseFormsUndoRegularInflections() {
        assertTrue(Phrase.baseForms("vetoed").contains("veto"));
        assertTrue(Phrase.baseForms("denied").contains("deny"));
        assertTrue(Phrase.baseForms("tabled").contains("table"));
        assertTrue(Phrase.baseForms("planned").contains("plan"));
        assertEquals(List.of("criticised", "criticized"), Phrase.forms("criticised"));
        assertEquals(List.of("russia's", "russia"), Phrase.forms("russia's"));
    }
}
