package org.detente.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes scenario files for tests. */
public final class ScenarioFiles {

    /** A minimal valid scenario body (no texts) with two actors and a public channel. */
    public static final String MINIMAL = """
            name: minimal
            horizon_days: 60
            actors:
              - id: USA
              - id: RUS
            channels:
              - id: public
                kind: public
            """;

    private ScenarioFiles() {
    }

    /** Writes {@code content} to {@code dir/name}. */
    public static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the shipped seed text to {@code dir/texts/}, so scenarios written to {@code dir}
     * find it where the shipped scenarios name it.
     */
    public static void copySeedText(Path dir) {
        try {
            Files.createDirectories(dir.resolve("texts"));
            Files.copy(Path.of("scenarios/texts/seed-space-security.txt"), dir.resolve("texts/seed-space-security.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's shipped scenario of this name. */
    public static Path shipped(String name) {
        return Path.of("scenarios", name + ".yaml");
    }
}
