package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            // Only the lock file stays (released; never deleted, so no two writers can each hold one).
            assertEquals(List.of(".out.lock"), entries.map(p -> p.getFileName().toString()).toList(),
                    "no staging folder left");
        }
    }

    @Test
    void aUsersFolderIsNeverReplacedAndADetenteFolderOnlyWithForce() throws Exception {
        Path target = dir.resolve("out");
        Files.createDirectories(target);
        Files.writeString(target.resolve("mine.txt"), "user data");
        InputException e = assertThrows(InputException.class, () -> ResultsFolder.create(target, false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        InputException forced = assertThrows(InputException.class, () -> ResultsFolder.create(target, true));
        assertTrue(forced.getMessage().contains("not written by Détente"), forced.getMessage());
        assertEquals("user data", Files.readString(target.resolve("mine.txt")));
        // A folder Détente wrote is replaced with --force, and only then.
        Path ours = dir.resolve("ours");
        try (ResultsFolder folder = ResultsFolder.create(ours, false)) {
            Files.writeString(folder.staging().resolve("runs.csv"), "old");
            folder.commit();
        }
        assertThrows(InputException.class, () -> ResultsFolder.create(ours, false));
        try (ResultsFolder folder = ResultsFolder.create(ours, true)) {
            Files.writeString(folder.staging().resolve("runs.csv"), "new");
            folder.commit();
        }
        assertEquals("new", Files.readString(ours.resolve("runs.csv")));
    }

    @Test
    void aFolderAboveTheWorkingDirectoryTheHomeOrAnInputIsRefused() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path unsafe : List.of(cwd, cwd.getParent(), Path.of("results/.."), Path.of(System.getProperty("user.home")),
                Path.of("/"))) {
            InputException e = assertThrows(InputException.class, () -> ResultsFolder.create(unsafe, true),
                    unsafe.toString());
            assertTrue(e.getMessage().contains("--out"), e.getMessage());
        }
        Path input = dir.resolve("in/scenario.yaml");
        Files.createDirectories(input.getParent());
        Files.writeString(input, "name: x");
        InputException e = assertThrows(InputException.class,
                () -> ResultsFolder.create(dir.resolve("in"), true, true, List.of(input)));
        assertTrue(e.getMessage().contains("contains the input"), e.getMessage());
        assertTrue(Files.exists(input));
    }

    @Test
    void aSymlinkLoopIsOneLineBeforeAnyWork() throws Exception {
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        InputException e = assertThrows(InputException.class, () -> ResultsFolder.create(loop.resolve("out"), false));
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("symbolic links"), e.getMessage());
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheFolderAndWelcomeAfter() throws Exception {
        Path target = dir.resolve("out");
        try (ResultsFolder first = ResultsFolder.create(target, false)) {
            InputException e = assertThrows(InputException.class, () -> ResultsFolder.create(target, true));
            assertTrue(e.getMessage().contains("in use by another Détente process (pid "), e.getMessage());
            assertTrue(Files.isDirectory(first.staging()), "the first writer's work is untouched");
        }
        try (ResultsFolder again = ResultsFolder.create(target, false)) {
            assertTrue(Files.isDirectory(again.staging()));
        }
    }

    @Test
    void refusingToResumeDeletesNothing() throws Exception {
        Path target = dir.resolve("out");
        Path staging = dir.resolve(".out.partial");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("runs.csv"), "partial work");
        try (ResultsFolder resumed = ResultsFolder.resume(target, List.of())) {
            assertEquals(staging, resumed.staging());
            // the caller refuses (another scenario, a damaged checkpoint) and closes
        }
        assertEquals("partial work", Files.readString(staging.resolve("runs.csv")));
    }

    @Test
    void aFolderDetenteUsesInternallyOrOneWhoseSiblingsHoldAnInputIsRefused() throws Exception {
        Path partial = dir.resolve(".big.partial");
        Files.createDirectories(partial);
        InputException e = assertThrows(InputException.class, () -> ResultsFolder.create(partial, true));
        assertTrue(e.getMessage().contains("uses while it writes another"), e.getMessage());
        // Writing proj would replace .proj.partial; an input inside it is protected.
        Path input = dir.resolve(".proj.partial/notes.yaml");
        Files.createDirectories(input.getParent());
        Files.writeString(input, "name: x");
        InputException sibling = assertThrows(InputException.class,
                () -> ResultsFolder.create(dir.resolve("proj"), true, true, List.of(input)));
        assertTrue(sibling.getMessage().contains("would replace .proj.partial"), sibling.getMessage());
        assertTrue(Files.exists(input));
    }
}
