package org.detente.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * A results folder written safely.
 * <ul>
 *   <li>Everything goes to a hidden staging folder beside the target, which replaces the target
 *       in one rename only when complete: a failure or an interruption leaves no half-written
 *       results where the user looks.</li>
 *   <li>The target may not be, contain or lie above the working directory, the user's home or
 *       any input file; a symlink loop or an unwritable parent is reported before any work.</li>
 *   <li>An existing folder is replaced only with {@code --force}, and only if Détente wrote it
 *       (it holds the {@link #MARKER} file or a Détente manifest): nothing else is ever deleted.</li>
 *   <li>One writer at a time: a {@link FolderLock} beside the target, held until close.</li>
 *   <li>An interrupted batch's staging folder is kept for {@code --resume}, and refusing to resume
 *       deletes nothing.</li>
 * </ul>
 */
public final class ResultsFolder implements AutoCloseable {

    /** The file that marks a folder as written by Détente. */
    public static final String MARKER = ".detente";

    private final Path target;
    private final Path staging;
    private final boolean replace;
    private final boolean resumed;
    /** Keep the staging folder when not committed: a batch stopped by a failure after a checkpoint. */
    private boolean keep;
    private final FolderLock lock;
    private boolean committed;

    private ResultsFolder(Path target, Path staging, boolean replace, boolean resumed, FolderLock lock) {
        this.target = target;
        this.staging = staging;
        this.replace = replace;
        this.resumed = resumed;
        this.lock = lock;
    }

    /**
     * Prepares to write {@code target}.
     *
     * @param force replace the target if it exists
     * @throws InputException if the target exists (and {@code force} is off) or is a file
     */
    public static ResultsFolder create(Path target, boolean force) throws InputException {
        return create(target, force, force, List.of());
    }

    /**
     * Prepares to write {@code target}.
     *
     * @param force          replace the target if it exists and Détente wrote it
     * @param discardPartial start over if an interrupted batch left its staging folder (else
     *                       refuse, pointing at {@code --resume}: nothing is lost silently)
     * @param inputs         the files the results are made from, which the target may not contain
     */
    public static ResultsFolder create(Path target, boolean force, boolean discardPartial, Collection<Path> inputs)
            throws InputException {
        Path absolute = guard(target, inputs);
        FolderLock lock = FolderLock.acquire(target, lockOf(absolute));
        try {
            if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
                throw new InputException(new Problem(target, 0, "--out", "exists and is not a folder"));
            }
            boolean exists = Files.isDirectory(absolute) && !isEmpty(absolute);
            if (exists && !force) {
                throw new InputException(new Problem(target, 0, "--out",
                        "results folder exists; use --force to replace it, or choose another --out"));
            }
            if (exists && !writtenByDetente(absolute)) {
                throw new InputException(new Problem(target, 0, "--out", "exists and was not written by Détente (no "
                        + MARKER + " or Détente manifest.json in it), so even --force will not replace it;"
                        + " choose another --out"));
            }
            Path staging = stagingOf(absolute);
            if (Files.exists(staging) && !discardPartial) {
                throw new InputException(new Problem(target, 0, "--out", "an interrupted batch left its runs in "
                        + staging.getFileName() + "; continue it with --resume " + target
                        + ", or start over with --force"));
            }
            try {
                Files.createDirectories(absolute.getParent());
                deleteTree(staging);
                Files.createDirectories(staging);
                Files.writeString(staging.resolve(MARKER), "written by Détente; --force may replace this folder\n");
            } catch (IOException e) {
                throw new InputException(new Problem(target, 0, "--out", "cannot create: " + reason(e)));
            }
            return new ResultsFolder(absolute, staging, Files.exists(absolute), false, lock);
        } catch (InputException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Reopens the staging folder an interrupted batch left for {@code target}. The staging
     * folder is never deleted by this object: if the resume is refused or fails, it stays for
     * another try.
     *
     * @throws InputException if there is nothing to resume or another process is writing it
     */
    public static ResultsFolder resume(Path target, Collection<Path> inputs) throws InputException {
        Path absolute = guard(target, inputs);
        FolderLock lock = FolderLock.acquire(target, lockOf(absolute));
        Path staging = stagingOf(absolute);
        if (!Files.isDirectory(staging)) {
            lock.close();
            String why = Files.isRegularFile(absolute.resolve("manifest.json"))
                    ? "the batch there is complete; nothing to resume"
                    : "no interrupted batch to resume (no " + staging.getFileName() + ")";
            throw new InputException(new Problem(target, 0, "--resume", why));
        }
        return new ResultsFolder(absolute, staging, Files.exists(absolute), true, lock);
    }

    /**
     * The target as an absolute path with its existing part's links resolved, after checking
     * it may be written: not the file-system root, not the working directory, the home
     * directory or an input, nor any folder that contains one of them.
     */
    static Path guard(Path target, Collection<Path> inputs) throws InputException {
        Path resolved;
        try {
            resolved = realPath(target.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new InputException(new Problem(target, 0, "--out", "cannot use: " + reason(e)));
        }
        if (resolved.getParent() == null) {
            throw new InputException(new Problem(target, 0, "--out", "is the root of the file system; choose a folder"
                    + " of its own"));
        }
        String name = resolved.getFileName().toString();
        if (name.startsWith(".") && (name.endsWith(".partial") || name.endsWith(".old") || name.endsWith(".lock"))) {
            throw new InputException(new Problem(target, 0, "--out", "is a folder Détente uses while it writes another"
                    + " (" + name + "); choose a folder of its own"));
        }
        // Everything a write may delete: the folder, its staging folder and the copy set aside on replacing it.
        List<Path> deletable = List.of(resolved, stagingOf(resolved), oldOf(resolved),
                resolved.getParent().resolve("." + name + ".compare.partial"));
        List<Path> protectedPaths = new ArrayList<>();
        protectedPaths.add(Path.of("").toAbsolutePath());
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank()) {
            protectedPaths.add(Path.of(home));
        }
        protectedPaths.addAll(inputs);
        for (Path p : protectedPaths) {
            Path real;
            try {
                real = realPath(p.toAbsolutePath().normalize());
            } catch (IOException e) {
                continue; // an input that cannot be resolved is reported where it is read
            }
            for (Path d : deletable) {
                if (real.startsWith(d)) {
                    String what = p.equals(Path.of("").toAbsolutePath()) ? "the working directory"
                            : home != null && p.equals(Path.of(home)) ? "your home directory" : "the input " + p;
                    throw new InputException(new Problem(target, 0, "--out", (d != resolved ? "would replace "
                            + d.getFileName() + ", which holds " : real.equals(resolved) ? "is " : "contains ")
                            + what + "; results need a folder of their own (e.g. results/NAME)"));
                }
            }
        }
        return resolved;
    }

    /** The path with every existing ancestor's links resolved (the missing tail kept as written). */
    private static Path realPath(Path absolute) throws IOException {
        Path existing = absolute;
        java.util.Deque<Path> missing = new java.util.ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real = existing.toRealPath();
        for (Path name : missing) {
            real = real.resolve(name);
        }
        return real;
    }

    /** What an I/O failure was, in words: "Too many levels of symbolic links", "Read-only file system". */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + " does not exist (a broken link?)";
        }
        if (e instanceof java.nio.file.NotDirectoryException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a folder";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /** Whether Détente wrote the folder: its marker, or a manifest naming Détente (folders from before the marker). */
    static boolean writtenByDetente(Path folder) {
        if (Files.isRegularFile(folder.resolve(MARKER))) {
            return true;
        }
        Path manifest = folder.resolve("manifest.json");
        try {
            return Files.isRegularFile(manifest) && Files.size(manifest) < (1 << 26)
                    && Files.readString(manifest).contains("\"tool\" : \"detente\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static Path lockOf(Path absolute) {
        return absolute.getParent().resolve("." + absolute.getFileName() + ".lock");
    }

    private static Path oldOf(Path absolute) {
        return absolute.resolveSibling("." + absolute.getFileName() + ".old");
    }

    private static Path stagingOf(Path absolute) {
        return absolute.getParent().resolve("." + absolute.getFileName() + ".partial");
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where to write files until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** Where the results will be. */
    public Path target() {
        return target;
    }

    /** Puts the finished results in place of the target. */
    public void commit() throws IOException {
        if (replace) {
            Path old = oldOf(target);
            deleteTree(old);
            Files.move(target, old);
            move(staging, target);
            deleteTree(old);
        } else {
            move(staging, target);
        }
        committed = true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Keeps the staging folder if this batch is not committed, so that {@code --resume} can go on
     * from its last checkpoint (a batch stopped by a failure part-way, not only one killed).
     */
    public void keepPartial() {
        keep = true;
    }

    /**
     * Removes the staging folder of a new batch that was not committed (a resumed one's stays
     * for another try, as does one marked {@link #keepPartial()}), and releases the lock.
     */
    @Override
    public void close() {
        try {
            if (!committed && !resumed && !keep) {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.close();
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
