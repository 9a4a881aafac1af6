package org.detente.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a user's input: where it is and what is wrong.
 *
 * @param file    the file the problem is in
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param field   the dotted path of the field ({@code actors[1].strategy}), empty for the file
 * @param message what is wrong, naming the bad value and what was expected
 */
public record Problem(Path file, int line, String field, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0 but was " + line);
        }
    }

    /** The problem as one line: {@code file:line: field: message}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file.toString());
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return escapeControls(text.append(message).toString());
    }

    /**
     * Control characters escaped ({@code \u001b} for ESC), so a value a user wrote cannot
     * move the cursor, clear the screen or recolour the terminal when the message is shown.
     */
    static String escapeControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
