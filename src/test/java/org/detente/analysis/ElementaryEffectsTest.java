package org.detente.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ElementaryEffectsTest {

    private static final List<String> PARAMETERS = List.of("a", "b", "c");
    private static final double STEP = 2.0 / 3.0; // four levels

    /** Trajectories given as start points and the order parameters move in, on the unit grid. */
    private static List<Map<String, String>> trajectories(double[][] starts, int[][] orders) {
        List<Map<String, String>> points = new ArrayList<>();
        for (int t = 0; t < starts.length; t++) {
            double[] x = starts[t].clone();
            points.add(point(x));
            for (int j : orders[t]) {
                x[j] += STEP;
                points.add(point(x));
            }
        }
        return points;
    }

    private static Map<String, String> point(double[] x) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int j = 0; j < x.length; j++) {
            p.put(PARAMETERS.get(j), Double.toString(x[j]));
        }
        return p;
    }

    private static double[] outcome(List<Map<String, String>> points, ToDoubleFunction<double[]> f) {
        return points.stream().mapToDouble(p -> f.applyAsDouble(PARAMETERS.stream()
                .mapToDouble(k -> Double.parseDouble(p.get(k))).toArray())).toArray();
    }

    private static final double[][] STARTS = {{0, 0, 1.0 / 3}, {1.0 / 3, 0, 0}, {0, 1.0 / 3, 1.0 / 3}};
    private static final int[][] ORDERS = {{0, 1, 2}, {2, 0, 1}, {1, 2, 0}};

    @Test
    void aLinearFunctionHasItsSlopesAsEffectsAndNoSpread() {
        List<Map<String, String>> points = trajectories(STARTS, ORDERS);
        List<ElementaryEffects.Effect> e = ElementaryEffects.of(PARAMETERS, points,
                outcome(points, x -> 3 * x[0] - 2 * x[1]), STEP);
        assertEquals(3.0, e.get(0).mu(), 1e-12);
        assertEquals(3.0, e.get(0).muStar(), 1e-12);
        assertEquals(0.0, e.get(0).sigma(), 1e-12);
        assertEquals(-2.0, e.get(1).mu(), 1e-12);
        assertEquals(2.0, e.get(1).muStar(), 1e-12);
        assertEquals(0.0, e.get(2).muStar(), 0.0);
        assertEquals(3, e.get(2).effects());
    }

    @Test
    void anInteractionShowsAsSpread() {
        List<Map<String, String>> points = trajectories(STARTS, ORDERS);
        List<ElementaryEffects.Effect> e = ElementaryEffects.of(PARAMETERS, points,
                outcome(points, x -> x[0] * x[2]), STEP);
        // d(ac)/da = c where a moves: 1/3, then 2/3 and 1 (c moved before a in trajectories 2 and 3)
        assertEquals((1.0 / 3 + 2.0 / 3 + 1.0) / 3, e.get(0).mu(), 1e-12);
        assertEquals(true, e.get(0).sigma() > 0.2);
        assertEquals(0.0, e.get(1).muStar(), 0.0);
    }

    @Test
    void aMoveThatChangesNoValueCountsAsNoEffect() {
        // c is categorical: both grid cells it visits map to the same value, so its move changes nothing
        List<Map<String, String>> points = trajectories(STARTS, ORDERS);
        points.forEach(p -> p.put("c", "grit"));
        double[] y = outcome(points.stream().map(p -> {
            Map<String, String> q = new LinkedHashMap<>(p);
            q.put("c", "0");
            return q;
        }).toList(), x -> x[0] + x[1]);
        List<ElementaryEffects.Effect> e = ElementaryEffects.of(PARAMETERS, points, y, STEP);
        assertEquals(1.0, e.get(0).muStar(), 1e-12);
        assertEquals(0.0, e.get(2).muStar(), 0.0);
        assertEquals(3, e.get(2).effects());
    }

    @Test
    void pointsThatAreNotTrajectoriesAreRefused() {
        List<Map<String, String>> points = trajectories(STARTS, ORDERS);
        points.get(1).put("b", "0.9"); // the first move now changes a and b at once
        double[] y = new double[points.size()];
        assertThrows(IllegalArgumentException.class, () -> ElementaryEffects.of(PARAMETERS, points, y, STEP));
        assertThrows(IllegalArgumentException.class, () -> ElementaryEffects.of(PARAMETERS, points.subList(0, 5),
                new double[5], STEP));
    }
}
