package org.detente.scenario;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the files a user gives Détente, within limits checked before anything is read: a
 * regular file (not a folder, device or pipe such as {@code /dev/zero}), no larger than the
 * limit for its kind, UTF-8. Every refusal is a {@link Problem} naming the file and saying
 * what to change.
 */
public final class InputFiles {

    /** The largest scenario or experiment file: far beyond any hand-written one. */
    public static final long MAX_YAML_BYTES = 1L << 20;
    /** The largest text to code: about 600,000 words, about a minute of coding on two cores. */
    public static final long MAX_TEXT_BYTES = 4L << 20;

    private InputFiles() {
    }

    /**
     * The file's content as text.
     *
     * @param what what the file is, for messages ("scenario", "text")
     * @throws InputException if it is missing, not a regular file, too large, unreadable or not UTF-8
     */
    public static String read(Path file, long maxBytes, String what) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException(new Problem(file, 0, "", "no such file"));
        }
        if (Files.isDirectory(file)) {
            throw new InputException(new Problem(file, 0, "", "is a folder; expected a " + what + " file"));
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(new Problem(file, 0, "", "not a regular file (a device, pipe or socket);"
                    + " expected a " + what + " file"));
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(new Problem(file, 0, "", String.format(Locale.ROOT,
                        "%,d bytes is more than a %s may have (%,d bytes); split it into smaller files",
                        size, what, maxBytes)));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(new Problem(file, 0, "", "no such file"));
        } catch (AccessDeniedException e) {
            throw new InputException(new Problem(file, 0, "", "permission denied"));
        } catch (MalformedInputException e) {
            throw new InputException(new Problem(file, 0, "", "not UTF-8 text"));
        } catch (IOException e) {
            throw new InputException(new Problem(file, 0, "", "cannot read: " + e.getMessage()));
        }
    }
}
