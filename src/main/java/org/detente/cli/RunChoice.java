package org.detente.cli;

import picocli.CommandLine.Option;

/** Which run of a scenario: the options of {@code run} and {@code view}, the same run of a batch. */
final class RunChoice {

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Workflows.DEFAULT_SEED,
            description = "Master seed, as in 'detente batch' (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--replication", paramLabel = "R", defaultValue = "0",
            description = "Replication number under the master seed (default: ${DEFAULT-VALUE}).")
    int replication;

    /** @throws UsageException for a negative replication */
    void check() throws UsageException {
        if (replication < 0) {
            throw new UsageException("--replication must be >= 0, not " + replication);
        }
    }
}
