package org.detente.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * Where {@code compare} writes its charts, {@code stats.csv} and {@code report.html}: usually
 * into a results folder, beside what {@code batch} wrote. Everything is written to a hidden
 * staging folder first and moved into place at the end, so an interrupted comparison leaves the
 * previous one whole; the folder is locked against other writers ({@link FolderLock}); and an
 * earlier {@code report.html}, {@code stats.csv} or {@code charts/} is replaced only with
 * {@code --force}, which replaces all three whole, so no chart of the earlier comparison is left
 * beside the new ones.
 */
public final class ComparisonOutput implements AutoCloseable {

    /** What a comparison writes. */
    public static final List<String> OUTPUTS = List.of("charts", "stats.csv", "report.html");
    /** The file that marks a folder's comparison outputs as Détente's. */
    public static final String MARKER = ".detente-compare";

    private final Path target;
    private final Path staging;
    private final FolderLock lock;
    private final boolean created;
    private boolean committed;

    private ComparisonOutput(Path target, Path staging, FolderLock lock, boolean created) {
        this.target = target;
        this.staging = staging;
        this.lock = lock;
        this.created = created;
    }

    /**
     * Prepares to write a comparison into {@code out}.
     *
     * @param force replace the outputs of an earlier comparison (or files of the same names)
     */
    public static ComparisonOutput open(Path out, boolean force) throws InputException {
        Path target = ResultsFolder.guard(out, List.of());
        FolderLock lock = FolderLock.acquire(out, target.getParent().resolve("." + target.getFileName() + ".lock"));
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new InputException(new Problem(out, 0, "--out", "exists and is not a folder"));
            }
            // Only a comparison marks its outputs as Détente's: a batch writes no report, so a report
            // in a results folder without the marker is someone else's.
            boolean ours = Files.isRegularFile(target.resolve(MARKER));
            for (String name : OUTPUTS) {
                if (Files.exists(target.resolve(name)) && !force) {
                    throw new InputException(new Problem(out, 0, "", ours
                            ? "holds an earlier comparison (charts/, stats.csv, report.html); add --force to replace it,"
                            + " or write elsewhere with --out DIR"
                            : "holds " + (name.equals("charts") ? "a charts folder" : "a " + name) + " that Détente did not"
                            + " write; add --force to replace it, or choose"
                            + " another --out"));
                }
            }
            Path staging = target.getParent().resolve("." + target.getFileName() + ".compare.partial");
            boolean created = !Files.exists(target);
            try {
                Files.createDirectories(target);
                ResultsFolder.deleteTree(staging);
                Files.createDirectories(staging);
            } catch (IOException e) {
                throw new InputException(new Problem(out, 0, "--out", "cannot create: " + ResultsFolder.reason(e)));
            }
            return new ComparisonOutput(target, staging, lock, created);
        } catch (InputException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Where to write until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /**
     * Moves the finished comparison into the folder, replacing the previous one's outputs whole:
     * an output this comparison did not make (no charts, say) is removed rather than left stale.
     */
    public void commit() throws IOException {
        Files.writeString(target.resolve(MARKER), "comparison outputs written by Détente\n");
        for (String name : OUTPUTS) {
            Path made = staging.resolve(name);
            Path old = target.resolve(name);
            if (!Files.exists(made)) {
                ResultsFolder.deleteTree(old);
                continue;
            }
            if (Files.isDirectory(old)) {
                Path aside = target.resolve("." + name + ".old");
                ResultsFolder.deleteTree(aside);
                Files.move(old, aside);
                Files.move(made, old, StandardCopyOption.ATOMIC_MOVE);
                ResultsFolder.deleteTree(aside);
            } else {
                Files.move(made, old, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    @Override
    public void close() {
        try {
            ResultsFolder.deleteTree(staging);
            if (!committed && created) {
                Files.deleteIfExists(target); // a comparison that failed leaves no empty folder behind
            }
        } catch (IOException e) {
            if (committed) {
                throw new UncheckedIOException(e);
            }
        } finally {
            lock.close();
        }
    }
}
