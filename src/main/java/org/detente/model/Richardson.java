package org.detente.model;

/**
 * Richardson's model of an arms race (L. F. Richardson, <i>Arms and Insecurity</i>, 1960):
 *
 * <pre>
 *   dx/dt = k y - a x + g
 *   dy/dt = l x - b y + h
 * </pre>
 *
 * with reaction coefficients k, l (response to the other's armament, here: hostility),
 * restraint ("fatigue and expense") a, b, and grievances g, h. The model's posture update
 * is the explicit Euler step of this system with a step of one day; the pair is stable
 * when restraint outweighs reaction (ab &gt; kl), with equilibrium
 * x* = (bg + kh) / (ab - kl), y* = (ah + lg) / (ab - kl), and runs away otherwise.
 */
public final class Richardson {

    private Richardson() {
    }

    /** One Euler step of {@code dx/dt = k y - a x + g} of length {@code dt}. */
    public static double step(double x, double y, double k, double a, double g, double dt) {
        return x + dt * (k * y - a * x + g);
    }

    /** Whether the pair settles (ab &gt; kl) rather than running away. */
    public static boolean stable(double a, double b, double k, double l) {
        return a * b > k * l;
    }

    /**
     * The equilibrium {x*, y*} of the pair.
     *
     * @throws IllegalArgumentException if ab = kl (no unique equilibrium)
     */
    public static double[] equilibrium(double a, double b, double k, double l, double g, double h) {
        double det = a * b - k * l;
        if (det == 0) {
            throw new IllegalArgumentException("ab = kl: the Richardson pair has no unique equilibrium");
        }
        return new double[] {(b * g + k * h) / det, (a * h + l * g) / det};
    }
}
