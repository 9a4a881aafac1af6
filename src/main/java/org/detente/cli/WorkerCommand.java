package org.detente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.detente.cluster.Member;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code detente worker}: a member of a cluster that runs blocks of batches for others. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run blocks of batches for a cluster of machines.",
            "Starts a member of a Détente cluster (embedded Hazelcast) and runs blocks of the batches that"
                    + " 'detente batch --cluster' sends, until stopped (Ctrl-C). Every member needs the same"
                    + " secret (" + org.detente.cluster.ClusterSettings.SECRET_VARIABLE + " or --secret-file), the"
                    + " same build of Détente and the same scenario files at the same paths; a member that differs"
                    + " is refused. docs/cluster.md has a worked example."},
        footer = {"", "Examples:",
                "  export DETENTE_CLUSTER_SECRET=$(openssl rand -hex 32)   # the same on every member",
                "  detente worker                                          # the first member, this machine only",
                "  detente worker --join 127.0.0.1:5710 --threads 1",
                "  detente worker --interface 10.0.0.5 --join 10.0.0.4:5710"})
final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--join", paramLabel = "HOST:PORT,...", split = ",",
            description = "Members of the cluster to join (default: none, start a cluster).")
    List<String> join = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Member member = Member.start(cluster.settings(join, threads.threads()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            member.close();
            stopped.countDown();
        }, "detente-worker-stop"));
        spec.commandLine().getOut().println("worker: member " + member.address() + " of cluster '" + cluster.name
                + "' (" + member.size() + " member(s)), " + threads.threads() + " thread(s); ready");
        spec.commandLine().getOut().flush();
        stopped.await();
        return Main.OK;
    }
}
