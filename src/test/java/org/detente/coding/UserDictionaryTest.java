package org.detente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void aUsersPatternAndActorAddToTheShippedDictionaries() throws Exception {
        Path file = dir.resolve("terms.tsv");
        Files.writeString(file, "# a domain's own terms\nkind\tphrase\tcode\tprovenance\n"
                + "pattern\tvoice * alarm\t111\tuser: alarm voiced in public is criticism\n"
                + "actor\tthe archipelago nation\tJPN\tuser\n");
        TextDocument text = TextDocument.parse("t.txt", "The archipelago nation voiced deep alarm about the test. — Kyodo\n");
        CodingResult shipped = new StanceCoder().code(List.of(text));
        CodingResult extended = new StanceCoder(UserDictionary.read(file)).code(List.of(text));
        assertTrue(shipped.events().stream().noneMatch(e -> e.cameo().equals("111")), "not coded without the user rows");
        CodedEvent e = extended.events().stream().filter(x -> x.cameo().equals("111")).findFirst().orElseThrow();
        assertEquals("JPN", e.source(), "the user's actor phrase names the source");
        assertTrue(e.pattern().startsWith("terms.tsv:3"), "the audit trail names the user's file and line: "
                + e.pattern());
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "kind\tphrase\tcode\n" + "verb\tx\t111\n" + "pattern\ty\t999\n" + "actor\tz\tXYZ\n"
                + "reporting\tsaid\tsideways\n");
        InputException e = assertThrows(InputException.class, () -> UserDictionary.read(file));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertEquals(List.of(2, 3, 4, 5), e.problems().stream().map(org.detente.scenario.Problem::line).toList());
        assertTrue(e.getMessage().contains("unknown kind 'verb'") && e.getMessage().contains("'999'")
                && e.getMessage().contains("XYZ") && e.getMessage().contains("sideways"), e.getMessage());
    }
}
