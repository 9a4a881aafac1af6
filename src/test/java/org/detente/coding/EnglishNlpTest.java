package org.detente.coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyser's guards: no quadratic chunk, and the same analysis on one core or several. */
class EnglishNlpTest {

    @Test
    void aWhitespaceFreeRunLongerThanAnyWordIsOneToken() {
        String dashes = "-".repeat(20_000);
        EnglishNlp.Sentence[] sentences = new EnglishNlp().analyse("The US spoke. " + dashes + " Russia replied.");
        List<String> tokens = new ArrayList<>();
        for (EnglishNlp.Sentence s : sentences) {
            tokens.addAll(List.of(s.tokens()));
        }
        assertEquals(1, tokens.stream().filter(t -> t.equals(dashes)).count(), tokens.size() + " tokens");
        // Ordinary words are still split by the model: "replied." is two tokens.
        assertEquals(true, tokens.contains("replied") && tokens.contains("."));
    }

    @Test
    void aLongDocumentAnalysedInParallelGivesTheSameSentencesAsOneByOne() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            paragraphs.add("Paragraph " + i + ": the Kremlin said Moscow was ready to talk, and Washington"
                    + (i % 3 == 0 ? " rejected the draft." : " welcomed it."));
        }
        EnglishNlp nlp = new EnglishNlp();
        EnglishNlp.Sentence[][] all = nlp.analyseAll(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            EnglishNlp.Sentence[] one = new EnglishNlp().analyse(paragraphs.get(i));
            assertEquals(one.length, all[i].length, "paragraph " + i);
            for (int s = 0; s < one.length; s++) {
                assertArrayEquals(one[s].tokens(), all[i][s].tokens());
                assertArrayEquals(one[s].lemmas(), all[i][s].lemmas());
                assertArrayEquals(one[s].tags(), all[i][s].tags());
            }
        }
    }

    @Test
    void aRunWithoutPunctuationIsTaggedInPiecesOfBoundedLength() {
        String run = "the United States and Russia ".repeat(100).strip(); // 500 tokens, no full stop
        EnglishNlp.Sentence[] sentences = new EnglishNlp().analyse(run);
        int tokens = 0;
        for (EnglishNlp.Sentence s : sentences) {
            assertEquals(true, s.tokens().length <= EnglishNlp.LONGEST_SENTENCE, s.tokens().length + " tokens");
            tokens += s.tokens().length;
        }
        assertEquals(500, tokens);
        assertEquals(4, sentences.length);
    }

    @Test
    void aBeamOfOneLemmatisesTheShippedAndDevelopmentTextsAsTheModelsOwnBeam() throws Exception {
        opennlp.tools.lemmatizer.LemmatizerME beam = new opennlp.tools.lemmatizer.LemmatizerME(
                new opennlp.tools.lemmatizer.LemmatizerModel(EnglishNlp.open("lemmas")));
        opennlp.tools.lemmatizer.LemmatizerME greedy = new opennlp.tools.lemmatizer.LemmatizerME(
                EnglishNlp.greedy(new opennlp.tools.lemmatizer.LemmatizerModel(EnglishNlp.open("lemmas"))));
        EnglishNlp nlp = new EnglishNlp();
        java.util.List<java.nio.file.Path> texts = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("src/test/resources/coding-dev"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("scenarios/texts"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        int words = 0;
        for (java.nio.file.Path text : texts) {
            TextDocument document = TextDocument.read(text);
            for (EnglishNlp.Sentence[] sentences : nlp.analyseAll(document.paragraphs().stream()
                    .map(TextDocument.Paragraph::text).toList())) {
                for (EnglishNlp.Sentence s : sentences) {
                    org.junit.jupiter.api.Assertions.assertArrayEquals(beam.lemmatize(s.tokens(), s.tags()),
                            greedy.lemmatize(s.tokens(), s.tags()), String.join(" ", s.tokens()));
                    words += s.tokens().length;
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(words > 5_000, "words compared: " + words);
    }
}
