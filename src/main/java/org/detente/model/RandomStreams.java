package org.detente.model;

/**
 * Seeds and generators. Every generator in Détente comes from here, so every result
 * follows from one 64-bit seed.
 *
 * <p>Seeds are derived with the SplitMix64 finaliser (Steele, Lea and Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014), which maps nearby inputs to
 * unrelated outputs. Each stream is a {@link RandomStream} seeded with all 64 bits of its
 * seed (MASON's {@code SimState(long)} keeps only 32).
 */
public final class RandomStreams {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    /** How a run's streams are made, for manifests. */
    public static final String DESCRIPTION = "per run: streams child(run_seed, 1) decisions, 2 perception, 3 events (votes),"
            + " 4 stances (Beta draws), child(child(run_seed, 5), hash of the process id) for each recurring"
            + " demonstration process;"
            + " each Commons RNG 1.6 XoShiRo256++ with its state filled by SplitMix64 from the stream's seed;"
            + " normal draws by Commons RNG's ziggurat sampler";

    /** The child stream for actors' decisions. */
    public static final int DECISIONS = 1;
    /** The child stream for perception noise and delivery. */
    public static final int PERCEPTION = 2;
    /** The child stream for scripted events (votes). */
    public static final int EVENTS = 3;
    /** The child stream for the replication's stance draws from the actors' priors. */
    public static final int STANCES = 4;
    /** The parent of the streams of recurring exogenous events, one child per process id. */
    public static final int SHOCKS = 5;

    private RandomStreams() {
    }

    /** The SplitMix64 finaliser: a bijection on 64-bit values that scrambles its input. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The seed of child {@code index} of a seed: {@code mix(seed + (index + 1) * 0x9E3779B97F4A7C15)}.
     * Used for replications of a master seed and for the streams of one run.
     */
    public static long child(long seed, long index) {
        return mix(seed + (index + 1) * GOLDEN_GAMMA);
    }

    /** A stream seeded with all 64 bits of the seed. */
    public static RandomStream generator(long seed) {
        return new RandomStream(seed);
    }
}
