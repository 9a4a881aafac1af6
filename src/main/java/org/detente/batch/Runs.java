package org.detente.batch;

import org.detente.model.DetenteModel;
import org.detente.model.EventSink;
import org.detente.model.RandomStreams;

/** Runs single replications; every run gets a fresh model and shares nothing mutable. */
public final class Runs {

    private Runs() {
    }

    /**
     * The seed of replication {@code r} of an experiment: {@code RandomStreams.child(masterSeed, r)}.
     * It depends on the master seed and the replication only, never on the scenario or the
     * design point, so every scenario sees the same random inputs (common random numbers).
     */
    public static long replicationSeed(long masterSeed, int replication) {
        return RandomStreams.child(masterSeed, replication);
    }

    private static RunRecorder recorder(CompiledScenario scenario) {
        return new RunRecorder(scenario.scenario().horizonDays());
    }

    /** Runs one replication to the horizon. */
    public static RunResult run(CompiledScenario scenario, int replication, long seed) {
        return run(scenario, replication, seed, EventSink.NONE);
    }

    /** Runs one replication with the model's phases in a plain loop instead of MASON's schedule. */
    public static RunResult runPlain(CompiledScenario scenario, int replication, long seed) {
        RunRecorder recorder = recorder(scenario);
        new DetenteModel(scenario.setupFor(replication), seed, recorder).runPlain();
        return recorder.result(scenario.name(), scenario.designPoint(), replication, seed);
    }

    /** Runs one replication, also passing every event to {@code extra} (for traces). */
    public static RunResult run(CompiledScenario scenario, int replication, long seed, EventSink extra) {
        RunRecorder recorder = recorder(scenario);
        EventSink sink = extra == EventSink.NONE ? recorder : recorder.andThen(extra);
        new DetenteModel(scenario.setupFor(replication), seed, sink).runToHorizon();
        return recorder.result(scenario.name(), scenario.designPoint(), replication, seed);
    }
}
