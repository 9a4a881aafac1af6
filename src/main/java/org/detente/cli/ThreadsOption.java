package org.detente.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that run batches. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    /** The threads to use: the option's value, or all cores. */
    int threads() throws UsageException {
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1, not " + threads);
        }
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
