package org.detente.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.TcpIpConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Path;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * An embedded Hazelcast member of a Détente cluster: bound to one interface (loopback unless
 * told otherwise), joining the listed members over TCP (no multicast), its executor running
 * blocks on the given threads, its Java deserialisation limited to Détente's two message types.
 */
public final class Member implements AutoCloseable {

    /** The executor blocks run on. */
    static final String EXECUTOR = "detente-blocks";
    /** The member attribute that says how many threads a member runs blocks on. */
    static final String THREADS = "detente.threads";

    private final HazelcastInstance hazelcast;
    private final ClusterSettings settings;

    private Member(HazelcastInstance hazelcast, ClusterSettings settings) {
        this.hazelcast = hazelcast;
        this.settings = settings;
    }

    /**
     * Starts a member. With members to join, it must find at least one of them within a few
     * seconds, or it stops and says why (a member with another secret or build has another
     * cluster name, and Hazelcast does not let it in).
     */
    public static Member start(ClusterSettings settings) throws InputException {
        // Hazelcast logs through java.util.logging from its first class on; Détente says what matters itself.
        if (System.getProperty("hazelcast.logging.type") == null) {
            System.setProperty("hazelcast.logging.type", "none");
        }
        Config config = new Config();
        config.setClusterName(settings.hazelcastName());
        config.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type"));
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.max.join.seconds", "8");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "6");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true).setPortCount(50);
        network.getInterfaces().setEnabled(true).addInterface(settings.bind());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        TcpIpConfig tcp = join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(3);
        settings.members().forEach(tcp::addMember);
        config.getExecutorConfig(EXECUTOR).setPoolSize(settings.threads()).setStatisticsEnabled(false);
        config.getMemberAttributeConfig().setAttribute(THREADS, Integer.toString(settings.threads()));
        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig().setDefaultsDisabled(true);
        // Tasks and results are Détente's two types; a failure comes back as an exception, whose
        // stack trace elements and causes are the JDK's and Hazelcast's own.
        filter.getWhitelist().addClasses(BlockTask.class.getName(), Envelope.class.getName(), "[B",
                        "java.util.concurrent.ExecutionException", "java.util.concurrent.CancellationException",
                        "java.util.concurrent.TimeoutException", "java.util.concurrent.RejectedExecutionException",
                        "java.util.concurrent.CompletionException", "java.util.ArrayList",
                        "java.util.Collections$UnmodifiableList", "java.util.Collections$UnmodifiableRandomAccessList",
                        "java.util.Collections$EmptyList")
                .addPrefixes("java.lang.", "com.hazelcast.", "[Ljava.lang.StackTraceElement", "[Ljava.lang.Throwable");
        config.getSerializationConfig().setJavaSerializationFilterConfig(filter);
        // Set up before joining: a member can be sent a block the moment it is in the cluster.
        Worker.install(settings.secret(), settings.threads(), "starting");
        HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(config);
        String address = hazelcast.getCluster().getLocalMember().getAddress().getHost() + ":"
                + hazelcast.getCluster().getLocalMember().getAddress().getPort();
        Worker.current().address(address);
        Member member = new Member(hazelcast, settings);
        if (!settings.members().isEmpty() && hazelcast.getCluster().getMembers().size() < 2) {
            member.close();
            throw new InputException(new Problem(Path.of(String.join(",", settings.members())), 0, "--join",
                    "no member answered with this cluster name, secret and build (check that a worker runs there,"
                            + " with the same " + ClusterSettings.SECRET_VARIABLE + " and the same build of Détente)"));
        }
        return member;
    }

    /** The running Hazelcast instance. */
    HazelcastInstance hazelcast() {
        return hazelcast;
    }

    /** This member's address, {@code host:port}. */
    public String address() {
        return Worker.current().address();
    }

    /** The members of the cluster now, this one included. */
    public int size() {
        return hazelcast.getCluster().getMembers().size();
    }

    /** The settings it started with. */
    ClusterSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        hazelcast.shutdown();
    }
}
