package org.detente.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The coder is not tuned to single sentences of its development corpus: no resource row names
 * a person of the corpus whom the PETRARCH2 Phoenix dictionaries do not know (and who could only
 * have come from reading the corpus).
 */
class NoCorpusNamesTest {

    /**
     * The surnames of people named in src/test/resources/coding-dev that appear nowhere in the
     * Phoenix country, international and agent dictionaries (found once by matching every
     * "Firstname Surname" of the corpus against those files, 2026-11-29).
     */
    private static final List<String> SURNAMES = List.of("Billingslea", "Jianchao", "Perino", "Peskov", "Smyth",
            "Trump", "Zakharova");

    @Test
    void noCoderResourceNamesAPersonOfTheDevelopmentCorpus() throws IOException {
        Path folder = Path.of("src/main/resources/org/detente/coding");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        assertFalse(files.isEmpty());
        StringBuilder corpus = new StringBuilder();
        try (Stream<Path> texts = Files.list(Path.of("src/test/resources/coding-dev"))) {
            for (Path text : texts.filter(t -> t.toString().endsWith(".txt")).sorted().toList()) {
                corpus.append(Files.readString(text));
            }
        }
        assertTrue(SURNAMES.stream().allMatch(name -> corpus.indexOf(name) >= 0), "every name is a person of the corpus");
        for (Path file : files) {
            String content = Files.readString(file).toLowerCase(Locale.ROOT);
            for (String surname : SURNAMES) {
                assertFalse(content.contains(surname.toLowerCase(Locale.ROOT)), file + " names " + surname);
            }
        }
    }
}
