package org.detente.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One stream of random numbers: Commons RNG's XoShiRo256++ (Blackman and Vigna 2021),
 * its 256-bit state filled by four successive outputs of SplitMix64 from a 64-bit seed,
 * with standard normal variates from the McFarland (2016) ziggurat, Commons RNG's
 * {@link ZigguratSampler.NormalizedGaussian}. Not shared between threads: every run owns
 * its streams.
 */
public final class RandomStream {

    private final UniformRandomProvider uniform;
    private final NormalizedGaussianSampler gaussian;

    /** A stream seeded with all 64 bits of {@code seed}. */
    public RandomStream(long seed) {
        SplitMix64 expand = new SplitMix64(seed);
        // SplitMix64's outputs for consecutive counters are distinct, so the state is never all zero.
        this.uniform = new XoShiRo256PlusPlus(new long[] {expand.nextLong(), expand.nextLong(),
                expand.nextLong(), expand.nextLong()});
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(uniform);
    }

    /** A uniform value in [0, 1). */
    public double nextDouble() {
        return uniform.nextDouble();
    }

    /** A uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return uniform.nextInt(bound);
    }

    /**
     * A Beta(alpha, beta) value, by Cheng's (1978) algorithm (Commons RNG's
     * {@link org.apache.commons.rng.sampling.distribution.ChengBetaSampler}) on this stream.
     */
    public double nextBeta(double alpha, double beta) {
        return org.apache.commons.rng.sampling.distribution.ChengBetaSampler.of(uniform, alpha, beta).sample();
    }

    /** A standard normal value. */
    public double nextGaussian() {
        return gaussian.sample();
    }
}
