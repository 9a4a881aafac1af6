package org.detente.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.detente.batch.BatchPlan;
import org.detente.batch.BatchRunner;
import org.detente.batch.Block;
import org.detente.batch.PlanSpec;
import org.detente.scenario.InputException;

/**
 * Runs a batch's blocks on the members of a cluster, the submitter among them, and hands their
 * results to the consumer in block order, as {@link BatchRunner#runBlocks} does on threads: the
 * bytes written are the same as a local batch's. A block whose member leaves (killed, cut off),
 * fails or does not answer is sent to another; a block refused (another build, other files)
 * stops the batch with the member's reason.
 */
public final class ClusterRunner {

    /** Attempts at one block before the batch gives up (each after its member left, failed or timed out). */
    static final int ATTEMPTS = 5;

    /**
     * Blocks a member holds for each of its threads, the one it runs and the next, so it does not
     * wait for the submitter between blocks. For this member, the finished blocks waiting to be
     * taken count too, which bounds what it holds in memory.
     */
    static final int QUEUED_PER_THREAD = 2;

    /**
     * Blocks sent but not yet taken, for each thread of the cluster: how far members may run
     * ahead of the block taken next (results are taken in block order), which bounds the
     * answers held on the submitter.
     */
    static final int WINDOW_PER_THREAD = 4;

    /** Minutes another member may take over a block before it is sent elsewhere. */
    static final int BLOCK_TIMEOUT_MINUTES = 10;

    private ClusterRunner() {
    }

    /** What the cluster did: blocks run by each member, in the order members first answered. */
    public record Shares(Map<String, Long> blocksByMember, long resubmitted) {
    }

    /**
     * A block sent and not yet taken: where it went, which attempt, when, and the member's
     * answer once it came (a sealed envelope from another member; the result itself from this
     * one, which runs its blocks in this JVM without sealing them).
     */
    private static final class Pending {
        final long index;
        final Block block;
        final int attempt;
        final Member target;
        final boolean local;
        final long sentNanos;
        /** Another member's answer to come (null for this member's own blocks, which are not cancelled). */
        Future<?> future;
        volatile Envelope answer;
        volatile Block.Result result;
        volatile Throwable failure;
        /** Its answer (or failure) has been taken off the queue: only the submitting thread reads and sets this. */
        boolean arrived;

        Pending(long index, Block block, int attempt, Member target, boolean local) {
            this.index = index;
            this.block = block;
            this.attempt = attempt;
            this.target = target;
            this.local = local;
            this.sentNanos = System.nanoTime();
        }
    }

    /** A member's threads, as it announced them (1 if it did not). */
    private static int threads(Member m) {
        try {
            return Math.max(1, Math.min(256, Integer.parseInt(m.getAttribute(org.detente.cluster.Member.THREADS))));
        } catch (NumberFormatException | NullPointerException e) {
            return 1;
        }
    }

    /**
     * The member with the fewest blocks held for each of its threads (the first such, in
     * cluster order), or null when every member already holds {@link #QUEUED_PER_THREAD} a
     * thread. {@code avoid}, the member that just failed a block, is chosen only if it is the only
     * member left (else the block waits for another to have room).
     */
    private static Member leastLoaded(List<Member> members, Map<Member, Integer> held, Member avoid) {
        Member best = null;
        double load = QUEUED_PER_THREAD;
        boolean alone = members.stream().allMatch(m -> m.equals(avoid)); // no other member to turn to
        for (Member m : members) {
            double l = (double) held.getOrDefault(m, 0) / threads(m);
            if (l < load && (alone || !m.equals(avoid))) {
                load = l;
                best = m;
            }
        }
        return best;
    }

    /**
     * Runs blocks {@code startBlock} onward of the plan across the cluster. Each member is kept
     * {@link #QUEUED_PER_THREAD} blocks a thread, so it does not wait between blocks, as long as
     * the blocks sent stay within {@link #WINDOW_PER_THREAD} a thread of the next one to take; the
     * answers are taken in block order. This member runs its share in this JVM on its own
     * threads (no sealing, no copying); the others' answers are checked (MAC, nonce, plan)
     * when taken.
     *
     * @param spec how members rebuild the plan
     */
    public static Shares runBlocks(org.detente.cluster.Member member, BatchPlan plan, PlanSpec spec, long startBlock,
                                   BatchRunner.BlockConsumer consumer, BatchRunner.Progress progress) throws Exception {
        IExecutorService executor = member.hazelcast().getExecutorService(org.detente.cluster.Member.EXECUTOR);
        byte[] secret = member.settings().secret();
        Worker.current().register(spec, plan);
        Member self = member.hazelcast().getCluster().getLocalMember();
        String selfAddress = Worker.current().address();
        ExecutorService here = Executors.newFixedThreadPool(threads(self), runnable -> {
            Thread t = new Thread(runnable, "detente-block");
            t.setDaemon(true);
            return t;
        });
        byte[] id = new byte[16];
        new java.security.SecureRandom().nextBytes(id); // a nonce for this batch's requests; no simulation draw
        String batch = HexFormat.of().formatHex(id);
        BlockingQueue<Pending> answered = new LinkedBlockingQueue<>();
        Map<Long, Pending> pending = new HashMap<>();
        // Blocks each member holds: sent and not answered, and, for this member, answered and not yet taken.
        Map<Member, Integer> held = new HashMap<>();
        PriorityQueue<Pending> again = new PriorityQueue<>(Comparator.comparingLong(p -> p.index)); // in block order
        Map<String, Long> shares = new LinkedHashMap<>();
        MemberRates rates = new MemberRates();
        long resubmitted = 0;
        long end = plan.totalBlocks();
        long runsDone = startBlock >= end ? plan.totalRuns() : plan.runsBefore(startBlock);
        long submitted = startBlock;
        long done = startBlock;
        long lastTimeoutScan = System.nanoTime();
        try {
            while (done < end) {
                List<Member> members = new ArrayList<>(member.hazelcast().getCluster().getMembers());
                int window = WINDOW_PER_THREAD * members.stream().mapToInt(ClusterRunner::threads).sum();
                while (!again.isEmpty() || (submitted < end && submitted - done < window)) {
                    Pending previous = again.peek();
                    Member target = leastLoaded(members, held, previous == null ? null : previous.target);
                    if (target == null) {
                        break;
                    }
                    again.poll();
                    long index = previous != null ? previous.index : submitted++;
                    int attempt = previous != null ? previous.attempt + 1 : 1;
                    Pending p = target.equals(self) ? runHere(here, plan, index, attempt, target, answered)
                            : send(executor, plan, spec, index, attempt, target, nonce(batch, index, attempt), secret,
                            answered);
                    pending.put(index, p);
                    held.merge(target, 1, Integer::sum);
                }
                Pending p = answered.poll(1, TimeUnit.SECONDS);
                if (p != null && pending.get(p.index) == p) { // else an attempt already given up on
                    p.arrived = true;
                    if (!p.local) {
                        held.merge(p.target, -1, Integer::sum);
                    }
                    if (p.failure != null) {
                        if (p.local) { // the same code fails here as anywhere: stop rather than try again
                            throw p.failure instanceof Exception e ? e : new IllegalStateException(p.failure);
                        }
                        String problem = memberLost(p.failure) ? "its member left"
                                : "it failed: " + refusal(p.failure).getMessage();
                        resubmitted += retry(p, problem, pending, again);
                    }
                }
                if (System.nanoTime() - lastTimeoutScan > TimeUnit.SECONDS.toNanos(1)) {
                    lastTimeoutScan = System.nanoTime();
                    resubmitted += sendAgainIfLate(pending, held, again);
                }
                // Take what has come back, in block order.
                for (Pending head = pending.get(done); head != null && head.arrived; head = pending.get(done)) {
                    Block.Result result;
                    String from;
                    if (head.local) {
                        result = head.result;
                        from = selfAddress;
                        held.merge(head.target, -1, Integer::sum);
                    } else {
                        BlockTask.Response r = check(head, batch, spec, secret);
                        if (r == null) {
                            resubmitted += retry(head, head.failure.getMessage(), pending, again);
                            break;
                        }
                        result = r.result();
                        from = r.member();
                    }
                    pending.remove(done);
                    consumer.accept(result);
                    shares.merge(from, 1L, Long::sum);
                    rates.add(from, result.rows().size());
                    done++;
                    runsDone += result.rows().size();
                    progress.update(runsDone, plan.totalRuns(), rates::toString);
                }
            }
        } finally {
            here.shutdownNow();
        }
        return new Shares(shares, resubmitted);
    }

    /**
     * Sends again the blocks another member has held for more than {@link #BLOCK_TIMEOUT_MINUTES}
     * without answering; returns how many. Their late answers, if any come, are not taken (the
     * nonce names the attempt). This member's own blocks are not timed: sending one again would
     * run the same code on the same machine.
     */
    private static int sendAgainIfLate(Map<Long, Pending> pending, Map<Member, Integer> held,
                                       PriorityQueue<Pending> again) throws RefusedException {
        long now = System.nanoTime();
        int sent = 0;
        for (Pending late : new ArrayList<>(pending.values())) {
            if (!late.local && !late.arrived
                    && now - late.sentNanos > TimeUnit.MINUTES.toNanos(BLOCK_TIMEOUT_MINUTES)) {
                held.merge(late.target, -1, Integer::sum);
                Future<?> future = late.future;
                // Hazelcast's cancel waits for the member and throws if it has gone: never on this thread.
                CompletableFuture.runAsync(() -> {
                    try {
                        future.cancel(true);
                    } catch (RuntimeException ignored) {
                        // the member may have left; its answer is ignored either way
                    }
                });
                sent += retry(late, "its member did not answer in " + BLOCK_TIMEOUT_MINUTES + " minutes", pending,
                        again);
            }
        }
        return sent;
    }

    /** Runs a block on this JVM's own threads. */
    private static Pending runHere(ExecutorService here, BatchPlan plan, long index, int attempt, Member self,
                                   BlockingQueue<Pending> answered) {
        Pending p = new Pending(index, plan.block(index), attempt, self, true);
        here.execute(() -> {
            try {
                p.result = Block.run(plan, p.block);
            } catch (RuntimeException | Error e) {
                p.failure = e;
            }
            answered.add(p);
        });
        return p;
    }

    /** Sends a block, sealed, to another member. */
    private static Pending send(IExecutorService executor, BatchPlan plan, PlanSpec spec, long index, int attempt,
                                Member target, String nonce, byte[] secret, BlockingQueue<Pending> answered) {
        Pending p = new Pending(index, plan.block(index), attempt, target, false);
        Future<Envelope> future = executor.submitToMember(new BlockTask(Envelope.seal(new BlockTask.Request(spec,
                p.block, nonce), secret)), target);
        p.future = future;
        ((CompletionStage<Envelope>) future).whenComplete((answer, failure) -> {
            if (failure != null) {
                p.failure = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
            } else {
                p.answer = answer;
            }
            answered.add(p);
        });
        return p;
    }

    /**
     * Opens and checks another member's answer: null, with the reason in {@code head.failure},
     * when it must be sent again.
     *
     * @throws RefusedException when the member refused the work (another build, other files)
     */
    private static BlockTask.Response check(Pending head, String batch, PlanSpec spec, byte[] secret)
            throws RefusedException {
        String problem;
        try {
            BlockTask.Response r = head.answer.open(secret, BlockTask.Response.class);
            if (!r.nonce().equals(nonce(batch, head.index, head.attempt))
                    || !r.fingerprint().equals(spec.fingerprint())) {
                problem = "an answer that was not to this request (replayed or misrouted) was dropped";
            } else if (!r.refusal().isEmpty()) {
                if (!r.refusal().startsWith("failed: ")) {
                    throw new RefusedException("member " + r.member() + " refused the work: " + r.refusal());
                }
                problem = "member " + r.member() + " " + r.refusal();
            } else if (!r.result().block().equals(head.block)) {
                problem = "an answer for another block was dropped";
            } else {
                return r;
            }
        } catch (SecurityException e) {
            problem = e.getMessage();
        }
        head.failure = new IllegalStateException(problem);
        return null;
    }

    /**
     * Puts a block back to be sent again (to another member if there is one), or stops the batch
     * after {@link #ATTEMPTS}; returns 1, the block counted as sent again.
     */
    private static int retry(Pending p, String problem, Map<Long, Pending> pending, PriorityQueue<Pending> again)
            throws RefusedException {
        if (p.attempt >= ATTEMPTS) {
            throw new RefusedException("block " + p.block.index() + " of cell " + p.block.cell() + " failed "
                    + ATTEMPTS + " times; the last time " + problem);
        }
        pending.remove(p.index);
        again.add(p);
        return 1;
    }

    /** Runs per second of each member since the batch started, for the progress line. */
    private static final class MemberRates {
        private final long start = System.nanoTime();
        private final Map<String, Long> runs = new LinkedHashMap<>();

        void add(String member, long count) {
            runs.merge(member, count, Long::sum);
        }

        @Override
        public String toString() {
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            StringBuilder s = new StringBuilder();
            runs.forEach((m, n) -> s.append(s.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %,.0f/s", m, n / seconds)));
            return s.toString();
        }
    }

    private static String nonce(String batch, long block, int attempt) {
        return batch + ":" + block + ":" + attempt;
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
    private static Exception refusal(Throwable e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InputException input) {
                return input;
            }
        }
        return cause instanceof Exception ex ? ex : new IllegalStateException(cause);
    }
}
