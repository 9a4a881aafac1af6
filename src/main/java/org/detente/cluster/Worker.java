package org.detente.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.batch.BatchPlan;
import org.detente.batch.Block;
import org.detente.batch.PlanSpec;

/**
 * What a member of this JVM needs to run blocks: the cluster's secret, the plans it has rebuilt
 * (one per batch, by fingerprint, so a batch's files are read and coded once per member), and
 * the threads it may use.
 */
final class Worker {

    private static volatile Worker current;
    private static final java.util.concurrent.CountDownLatch INSTALLED = new java.util.concurrent.CountDownLatch(1);

    private final byte[] secret;
    private final int threads;
    private volatile String address;
    private final Map<String, BatchPlan> plans = new ConcurrentHashMap<>();

    private Worker(byte[] secret, int threads, String address) {
        this.secret = secret.clone();
        this.threads = threads;
        this.address = address;
    }

    static void install(byte[] secret, int threads, String address) {
        current = new Worker(secret, threads, address);
        INSTALLED.countDown();
    }

    /** The member's address, once Hazelcast has given it one. */
    void address(String value) {
        address = value;
    }

    /** The current worker, waiting a little for one that is being set up. */
    static Worker awaitCurrent() throws InterruptedException {
        INSTALLED.await(30, java.util.concurrent.TimeUnit.SECONDS);
        return current();
    }

    /**
     * Uses an already compiled plan for this spec (the submitter's own, so its member runs what
     * it compiled rather than reading the files again).
     */
    void register(PlanSpec spec, BatchPlan plan) {
        plans.put(spec.fingerprint() + spec.build(), plan);
    }

    static Worker current() {
        Worker w = current;
        if (w == null) {
            throw new IllegalStateException("this JVM is not a Détente member");
        }
        return w;
    }

    byte[] secret() {
        return secret;
    }

    /** Runs one block of a batch, rebuilding its plan from the files here on first use. */
    Block.Result run(PlanSpec spec, Block block) throws Exception {
        BatchPlan plan = plans.get(spec.fingerprint() + spec.build());
        if (plan == null) {
            synchronized (this) {
                plan = plans.get(spec.fingerprint() + spec.build());
                if (plan == null) {
                    plan = spec.rebuild(threads);
                    plans.put(spec.fingerprint() + spec.build(), plan);
                }
            }
        }
        return Block.run(plan, block);
    }

    String address() {
        return address;
    }
}
