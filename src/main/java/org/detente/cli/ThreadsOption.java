package org.detente.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that run batches. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    /** More threads than this buys nothing and costs a stack each. */
    static final int MAX_THREADS = 256;

    /** The threads to use: the option's value, or all cores. */
    int threads() throws UsageException {
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new UsageException("--threads must lie between 1 and " + MAX_THREADS + " (this machine has "
                    + Runtime.getRuntime().availableProcessors() + " cores), not " + threads);
        }
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
