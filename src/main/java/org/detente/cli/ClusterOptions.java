package org.detente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.detente.cluster.ClusterSettings;
import org.detente.scenario.InputException;
import picocli.CommandLine.Option;

/** The options a member of a cluster needs: whom to join, where to listen, the cluster's name and secret. */
final class ClusterOptions {

    @Option(names = "--interface", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; give the address of"
                    + " a network interface to let other machines in).")
    String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ClusterSettings.DEFAULT_PORT,
            description = "Port to listen on, or the next free one above it (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = "detente",
            description = "The cluster's name, the same on every member (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "File holding the cluster's shared secret (default: the environment variable "
                    + ClusterSettings.SECRET_VARIABLE + "; never on the command line).")
    Path secretFile;

    /** The settings of a member joining {@code members} with {@code threads} threads. */
    ClusterSettings settings(List<String> members, int threads) throws InputException, UsageException {
        if (port < 1 || port > 65535) {
            throw new UsageException("--port must lie in 1..65535, not " + port);
        }
        List<String> addresses = new ArrayList<>();
        for (String m : members) {
            String a = m.strip();
            if (!a.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:]+\\](:\\d{1,5})?")) {
                throw new UsageException("'" + a + "' is not HOST or HOST:PORT");
            }
            addresses.add(a);
        }
        return new ClusterSettings(name, ClusterSettings.secret(secretFile,
                System.getenv(ClusterSettings.SECRET_VARIABLE)), bind, port, addresses, threads);
    }
}
