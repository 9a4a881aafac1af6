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
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * A results folder written safely: everything goes to a hidden staging folder beside the
 * target, which replaces the target in one rename only when complete. A failure or an
 * interruption leaves no half-written results where the user looks. An existing folder is
 * replaced only when the user asked for it ({@code --force}).
 */
public final class ResultsFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final boolean replace;
    private boolean committed;

    private ResultsFolder(Path target, Path staging, boolean replace) {
        this.target = target;
        this.staging = staging;
        this.replace = replace;
    }

    /**
     * Prepares to write {@code target}.
     *
     * @param force replace the target if it exists
     * @throws InputException if the target exists (and {@code force} is off) or is a file
     */
    public static ResultsFolder create(Path target, boolean force) throws InputException {
        return create(target, force, force);
    }

    /**
     * Prepares to write {@code target}.
     *
     * @param force          replace the target if it exists
     * @param discardPartial start over if an interrupted batch left its staging folder (else
     *                       refuse, pointing at {@code --resume}: nothing is lost silently)
     */
    public static ResultsFolder create(Path target, boolean force, boolean discardPartial) throws InputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new InputException(new Problem(target, 0, "--out", "exists and is not a folder"));
        }
        boolean exists = Files.isDirectory(absolute) && !isEmpty(absolute);
        if (exists && !force) {
            throw new InputException(new Problem(target, 0, "--out",
                    "results folder exists; use --force to replace it, or choose another --out"));
        }
        Path parent = absolute.getParent();
        Path staging = stagingOf(absolute);
        if (Files.exists(staging) && !discardPartial) {
            throw new InputException(new Problem(target, 0, "--out", "an interrupted batch left its runs in "
                    + staging.getFileName() + "; continue it with --resume " + target + ", or start over with --force"));
        }
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new InputException(new Problem(target, 0, "--out", "cannot create: " + e.getMessage()));
        }
        return new ResultsFolder(absolute, staging, Files.exists(absolute));
    }

    /**
     * Reopens the staging folder an interrupted batch left for {@code target}.
     *
     * @throws InputException if there is nothing to resume
     */
    public static ResultsFolder resume(Path target) throws InputException {
        Path absolute = target.toAbsolutePath().normalize();
        Path staging = stagingOf(absolute);
        if (!Files.isDirectory(staging)) {
            String why = Files.isRegularFile(absolute.resolve("manifest.json"))
                    ? "the batch there is complete; nothing to resume"
                    : "no interrupted batch to resume (no " + staging.getFileName() + ")";
            throw new InputException(new Problem(target, 0, "--resume", why));
        }
        return new ResultsFolder(absolute, staging, Files.exists(absolute));
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
            Path old = target.resolveSibling("." + target.getFileName() + ".old");
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

    /** Removes the staging folder unless the results were committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
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
