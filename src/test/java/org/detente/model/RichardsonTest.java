package org.detente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/** The posture rule reproduces Richardson's arms-race model (MODEL.md, "What it must reproduce"). */
class RichardsonTest {

    /** Iterates the discrete map of the model's posture rule for a pair. */
    private static double[] iterate(double a, double b, double k, double l, double g, double h, double x, double y,
                                    double dt, int steps) {
        for (int i = 0; i < steps; i++) {
            double nx = Richardson.step(x, y, k, a, g, dt);
            double ny = Richardson.step(y, x, l, b, h, dt);
            x = nx;
            y = ny;
        }
        return new double[] {x, y};
    }

    @Test
    void settlesAtTheClosedFormEquilibrium() {
        // a = b = 1, k = l = 0.5, g = h = 1: x* = y* = (bg + kh) / (ab - kl) = 1.5 / 0.75 = 2.
        assertTrue(Richardson.stable(1, 1, 0.5, 0.5));
        double[] eq = Richardson.equilibrium(1, 1, 0.5, 0.5, 1, 1);
        assertEquals(2.0, eq[0], 1e-12);
        assertEquals(2.0, eq[1], 1e-12);
        double[] end = iterate(1, 1, 0.5, 0.5, 1, 1, 0, 5, 0.1, 2000);
        assertEquals(2.0, end[0], 1e-9);
        assertEquals(2.0, end[1], 1e-9);
    }

    @Test
    void asymmetricEquilibriumMatchesTheFormula() {
        double[] eq = Richardson.equilibrium(0.9, 1.2, 0.4, 0.3, 0.5, 1.5);
        double[] end = iterate(0.9, 1.2, 0.4, 0.3, 0.5, 1.5, 0, 0, 0.05, 5000);
        assertEquals(eq[0], end[0], 1e-9);
        assertEquals(eq[1], end[1], 1e-9);
        assertEquals((1.2 * 0.5 + 0.4 * 1.5) / (0.9 * 1.2 - 0.4 * 0.3), eq[0], 1e-12);
    }

    @Test
    void runsAwayWhenReactionOutweighsRestraint() {
        // k = l = 1.5 > a = b = 1: ab < kl, the spiral grows without bound.
        assertFalse(Richardson.stable(1, 1, 1.5, 1.5));
        double[] end = iterate(1, 1, 1.5, 1.5, 1, 1, 0, 0, 0.1, 300);
        assertTrue(end[0] > 1e6 && end[1] > 1e6, "runaway: " + end[0]);
    }

    @Test
    void smallStepsAgreeWithDormandPrince853() {
        double a = 1, b = 1.2, k = 0.5, l = 0.7, g = 1, h = 0.5;
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public void computeDerivatives(double t, double[] s, double[] ds) {
                ds[0] = k * s[1] - a * s[0] + g;
                ds[1] = l * s[0] - b * s[1] + h;
            }
        };
        double[] state = {0.0, 3.0};
        new DormandPrince853Integrator(1e-8, 1.0, 1e-12, 1e-12).integrate(ode, 0.0, state, 2.0, state);
        double dt = 1e-4;
        double[] euler = iterate(a, b, k, l, g, h, 0.0, 3.0, dt, 20_000);
        // Euler's global error is O(dt): with dt = 1e-4 over t = 2 it stays below 1e-3.
        assertEquals(state[0], euler[0], 1e-3);
        assertEquals(state[1], euler[1], 1e-3);
    }
}
