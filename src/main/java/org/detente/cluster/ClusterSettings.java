package org.detente.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.detente.batch.PlanSpec;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * How a member joins its cluster.
 *
 * @param name       the cluster's name, shared by its members
 * @param secret     the shared secret (from {@code DETENTE_CLUSTER_SECRET} or a file, never the command line)
 * @param bind       the interface to bind to: loopback unless the user says otherwise
 * @param port       the port to listen on (the next free one above it if taken)
 * @param members    addresses of members to join ({@code host:port}); empty to start a cluster
 * @param threads    threads this member runs blocks on
 */
public record ClusterSettings(String name, byte[] secret, String bind, int port, List<String> members, int threads) {

    /** The environment variable that holds the secret. */
    public static final String SECRET_VARIABLE = "DETENTE_CLUSTER_SECRET";
    /** The port a member listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 5710;
    /** A secret shorter than this is refused: an HMAC key of a few characters can be guessed. */
    static final int MIN_SECRET_BYTES = 16;

    public ClusterSettings {
        members = List.copyOf(members);
    }

    /**
     * The secret from a file, else from {@code DETENTE_CLUSTER_SECRET}.
     *
     * @param file   a file holding the secret (its first line), or null
     * @param env    the environment's value of the variable, or null
     */
    public static byte[] secret(Path file, String env) throws InputException {
        String text;
        if (file != null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new InputException(new Problem(file, 0, "--secret-file", "cannot read the secret file"));
            }
        } else if (env != null && !env.isBlank()) {
            text = env.strip();
        } else {
            throw new InputException(new Problem(Path.of(SECRET_VARIABLE), 0, "", "a cluster needs a shared secret: set"
                    + " " + SECRET_VARIABLE + " (the same on every member) or give --secret-file FILE"));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new InputException(new Problem(file != null ? file : Path.of(SECRET_VARIABLE), 0, "",
                    "the cluster secret is shorter than " + MIN_SECRET_BYTES + " bytes; use a long random one"
                            + " (e.g. openssl rand -hex 32)"));
        }
        return bytes;
    }

    /**
     * The name the members use in Hazelcast: the cluster's name with a keyed hash of it and of
     * the build, so that a member with another secret or another build is not let in (Hazelcast
     * refuses a member whose cluster name differs), while the secret itself never travels.
     */
    String hazelcastName() {
        byte[] tag = Envelope.mac((name + "\n" + PlanSpec.thisBuild()).getBytes(StandardCharsets.UTF_8), secret);
        return name + "-" + HexFormat.of().formatHex(tag, 0, 8);
    }
}
