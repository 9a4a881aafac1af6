package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.detente.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {

    @TempDir
    Path dir;

    @Test
    void nothingAppearsUntilCommit() throws Exception {
        Path target = dir.resolve("out");
        try (ResultsFolder folder = ResultsFolder.create(target, false)) {
            Files.writeString(folder.staging().resolve("runs.csv"), "x");
            assertFalse(Files.exists(target));
            folder.commit();
        }
        assertEquals("x", Files.readString(target.resolve("runs.csv")));
        assertFalse(Files.exists(dir.resolve(".out.partial")));
    }

    @Test
    void anAbandonedFolderLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("out");
        try (ResultsFolder folder = ResultsFolder.create(target, false)) {
            Files.writeString(folder.staging().resolve("runs.csv"), "half");
        }
        assertFalse(Files.exists(target));
        try (var entries = Files.list(dir)) {
            assertEquals(0, entries.count(), "no staging folder left");
        }
    }

    @Test
    void anExistingFolderIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Path target = dir.resolve("out");
        Files.createDirectories(target);
        Files.writeString(target.resolve("mine.txt"), "user data");
        InputException e = assertThrows(InputException.class, () -> ResultsFolder.create(target, false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertEquals("user data", Files.readString(target.resolve("mine.txt")));
        try (ResultsFolder folder = ResultsFolder.create(target, true)) {
            Files.writeString(folder.staging().resolve("runs.csv"), "new");
            folder.commit();
        }
        assertFalse(Files.exists(target.resolve("mine.txt")));
        assertEquals("new", Files.readString(target.resolve("runs.csv")));
    }
}
