package org.detente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One line for a failure that is not the user's input: what happened, in words, with the
 * path it concerns; never a Java exception name. The stack trace is for {@code --debug}.
 */
final class Failures {

    private Failures() {
    }

    /** What went wrong, for a user. */
    static String describe(Throwable ex) {
        Throwable cause = unwrap(ex);
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (the Java heap holds " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB): use fewer design points, replications or days, or give Java more memory with"
                    + " DETENTE_JAVA_OPTS=-Xmx8g";
        }
        if (cause instanceof StackOverflowError) {
            return "the input is nested too deeply to process";
        }
        if (cause instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file or folder";
        }
        if (cause instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (cause instanceof FileSystemException e) {
            // "No space left on device", "Read-only file system", "Too many levels of symbolic links", ...
            return (e.getFile() == null ? "" : e.getFile() + ": ")
                    + (e.getReason() != null ? e.getReason() : "file system error");
        }
        if (cause instanceof IOException e) {
            String message = e.getMessage();
            return "input/output error" + (message == null || message.isBlank() ? "" : ": " + message);
        }
        // Détente's own checks say what is wrong in words; anything else (a null, an index out of
        // range) would only name Java internals, so it is reported as what it is: a bug.
        String message = cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
                ? cause.getMessage() : null;
        return "unexpected failure inside Détente" + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** What to do next, after {@link #describe}: a hint for failures that are Détente's own. */
    static String hint(Throwable ex) {
        Throwable cause = unwrap(ex);
        return cause instanceof IOException || cause instanceof VirtualMachineError ? ""
                : " (a bug: please report it with the output of --debug)";
    }

    private static Throwable unwrap(Throwable ex) {
        Throwable t = ex;
        while ((t instanceof UncheckedIOException || t instanceof ExecutionException
                || t instanceof CompletionException || (t instanceof RuntimeException && t.getClass() == RuntimeException.class))
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
