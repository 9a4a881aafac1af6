package org.detente.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.detente.batch.BatchPlan;
import org.detente.batch.BatchRunner;
import org.detente.batch.Block;
import org.detente.batch.PlanSpec;
import org.detente.scenario.InputException;

/**
 * Runs a batch's blocks on the members of a cluster, the submitter among them, and hands their
 * results to the consumer in block order, as {@link BatchRunner#runBlocks} does on threads: the
 * bytes written are the same as a local batch's. A block whose member leaves (killed, cut off)
 * is sent to another; a block refused (another build, other files, a bad MAC) stops the batch
 * with the member's reason.
 */
public final class ClusterRunner {

    /** Attempts at one block before the batch gives up (each after its member left). */
    static final int ATTEMPTS = 5;

    private ClusterRunner() {
    }

    /** What the cluster did: blocks run by each member, in the order members first answered. */
    public record Shares(Map<String, Long> blocksByMember, long resubmitted) {
    }

    private record Pending(long index, Block block, Future<Envelope> future, int attempt, Member target) {
    }

    /** A member's threads, as it announced them (1 if it did not). */
    private static int threads(Member m) {
        try {
            return Math.max(1, Math.min(256, Integer.parseInt(m.getAttribute(org.detente.cluster.Member.THREADS))));
        } catch (NumberFormatException | NullPointerException e) {
            return 1;
        }
    }

    /** Blocks sent and not yet finished, by member: a faster member finishes sooner and gets more. */
    private static Map<Member, Integer> running(Deque<Pending> pending) {
        Map<Member, Integer> running = new java.util.HashMap<>();
        for (Pending p : pending) {
            if (!p.future().isDone()) {
                running.merge(p.target(), 1, Integer::sum);
            }
        }
        return running;
    }

    /** The member with the fewest blocks outstanding for each of its threads (the first such, in cluster order). */
    private static Member leastLoaded(List<Member> members, Map<Member, Integer> outstanding) {
        Member best = members.get(0);
        double load = Double.MAX_VALUE;
        for (Member m : members) {
            double l = (double) outstanding.getOrDefault(m, 0) / threads(m);
            if (l < load) {
                load = l;
                best = m;
            }
        }
        return best;
    }

    /**
     * Runs blocks {@code startBlock} onward of the plan across the cluster.
     *
     * @param spec how members rebuild the plan
     */
    public static Shares runBlocks(org.detente.cluster.Member member, BatchPlan plan, PlanSpec spec, long startBlock,
                                   BatchRunner.BlockConsumer consumer, BatchRunner.Progress progress) throws Exception {
        IExecutorService executor = member.hazelcast().getExecutorService(org.detente.cluster.Member.EXECUTOR);
        byte[] secret = member.settings().secret();
        // This member runs the plan it compiled, not one read again from the files.
        Worker.current().register(spec, plan);
        byte[] id = new byte[16];
        new java.security.SecureRandom().nextBytes(id); // a nonce for this batch's requests; no simulation draw
        String batch = java.util.HexFormat.of().formatHex(id);
        Map<String, Long> shares = new LinkedHashMap<>();
        long resubmitted = 0;
        long end = plan.totalBlocks();
        long runsDone = startBlock >= end ? plan.totalRuns() : plan.runsBefore(startBlock);
        Deque<Pending> pending = new ArrayDeque<>();
        long submitted = startBlock;
        long done = startBlock;
        while (done < end) {
            List<Member> members = new ArrayList<>(member.hazelcast().getCluster().getMembers());
            int threads = members.stream().mapToInt(ClusterRunner::threads).sum();
            int window = 3 * threads;
            while (submitted < end && pending.size() < window) {
                Block block = plan.block(submitted);
                Member target = leastLoaded(members, running(pending));
                pending.add(new Pending(submitted, block, submit(executor, target, spec, block, nonce(batch, submitted,
                        1), secret), 1, target));
                submitted++;
            }
            Pending head = pending.removeFirst();
            BlockTask.Response response = null;
            while (response == null) {
                String problem;
                try {
                    Envelope answer = head.future().get(BLOCK_TIMEOUT_MINUTES, java.util.concurrent.TimeUnit.MINUTES);
                    BlockTask.Response r = answer.open(secret, BlockTask.Response.class);
                    if (!r.nonce().equals(nonce(batch, head.index(), head.attempt()))
                            || !r.fingerprint().equals(spec.fingerprint())) {
                        problem = "an answer that was not to this request (replayed or misrouted) was dropped";
                    } else if (!r.refusal().isEmpty()) {
                        if (!r.refusal().startsWith("failed: ")) {
                            throw new RefusedException("member " + r.member() + " refused the work: " + r.refusal());
                        }
                        problem = "member " + r.member() + " " + r.refusal();
                    } else if (!r.result().block().equals(head.block())) {
                        problem = "an answer for another block was dropped";
                    } else {
                        response = r;
                        continue;
                    }
                } catch (ExecutionException e) {
                    problem = memberLost(e) ? "its member left" : "it failed: " + refusal(e).getMessage();
                } catch (java.util.concurrent.TimeoutException e) {
                    head.future().cancel(true);
                    problem = "its member did not answer in " + BLOCK_TIMEOUT_MINUTES + " minutes";
                } catch (SecurityException e) {
                    problem = e.getMessage();
                }
                if (head.attempt() >= ATTEMPTS) {
                    throw new RefusedException("block " + head.block().index() + " of cell " + head.block().cell()
                            + " failed " + ATTEMPTS + " times; the last time " + problem);
                }
                members = new ArrayList<>(member.hazelcast().getCluster().getMembers());
                Member target = leastLoaded(members, running(pending));
                head = new Pending(head.index(), head.block(), submit(executor, target, spec, head.block(),
                        nonce(batch, head.index(), head.attempt() + 1), secret), head.attempt() + 1, target);
                resubmitted++;
            }
            consumer.accept(response.result());
            shares.merge(response.member(), 1L, Long::sum);
            done++;
            runsDone += response.result().rows().size();
            progress.update(runsDone, plan.totalRuns());
        }
        return new Shares(shares, resubmitted);
    }

    /** Minutes a block may take before it is sent to another member. */
    static final int BLOCK_TIMEOUT_MINUTES = 10;

    private static String nonce(String batch, long block, int attempt) {
        return batch + ":" + block + ":" + attempt;
    }

    private static Future<Envelope> submit(IExecutorService executor, Member target, PlanSpec spec, Block block,
                                           String nonce, byte[] secret) {
        return executor.submitToMember(new BlockTask(Envelope.seal(new BlockTask.Request(spec, block, nonce), secret)),
                target);
    }

    /** Whether a failure means the member went away (so another can run the block), not that it refused it. */
    private static boolean memberLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MemberLeftException || t instanceof TargetNotMemberException
                    || t instanceof HazelcastInstanceNotActiveException) {
                return true;
            }
        }
        return false;
    }

    /** A member would not run a block: another build, other files. The message says which member and why. */
    public static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** A member's refusal as the failure to report: its reason in one line. */
    private static Exception refusal(ExecutionException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InputException input) {
                return input;
            }
        }
        return cause instanceof Exception ex ? ex : e;
    }
}
