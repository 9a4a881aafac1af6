package org.detente.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-factor decomposition of a two-level factorial against values worked out by hand. */
class LeverEffectsTest {

    /** Runs of one point: replication r in crisis where {@code crisis[r]}. */
    private static List<RunOutcome> runs(String label, int... crisis) {
        List<RunOutcome> runs = new ArrayList<>();
        for (int r = 0; r < crisis.length; r++) {
            runs.add(new RunOutcome(label, r, crisis[r] == 1 ? 10 : -1, 0, 0));
        }
        return runs;
    }

    private static LeverEffects.Effect find(List<LeverEffects.Effect> effects, String lever, String kind) {
        return effects.stream().filter(e -> e.lever().equals(lever) && e.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void aloneMainEffectTotalAndInteractionsOfATwoByTwo() {
        // Levers a and b, first level "d" (dialogue), second "e" (escalation); four replications.
        // P(crisis): (d,d) 0, (d,e) 1/4, (e,d) 1/2, (e,e) 1.
        List<Map<String, String>> points = List.of(Map.of("a", "d", "b", "d"), Map.of("a", "d", "b", "e"),
                Map.of("a", "e", "b", "d"), Map.of("a", "e", "b", "e"));
        List<List<RunOutcome>> runs = List.of(runs("p0", 0, 0, 0, 0), runs("p1", 1, 0, 0, 0),
                runs("p2", 1, 1, 0, 0), runs("p3", 1, 1, 1, 1));
        List<LeverEffects.Effect> effects = LeverEffects.of(points, runs);
        // Alone from (e,e): switching a gives (d,e): 1 - 1/4; switching b gives (e,d): 1 - 1/2.
        assertEquals(0.75, find(effects, "a", "alone").value(), 1e-12);
        assertEquals(0.5, find(effects, "b", "alone").value(), 1e-12);
        // Main effect of a: ((e,e) - (d,e) + (e,d) - (d,d)) / 2 = (0.75 + 0.5) / 2; of b:
        // ((e,e) - (e,d) + (d,e) - (d,d)) / 2 = (0.5 + 0.25) / 2.
        assertEquals(0.625, find(effects, "a", "main effect").value(), 1e-12);
        assertEquals((0.5 + 0.25) / 2, find(effects, "b", "main effect").value(), 1e-12);
        assertEquals(1.0, find(effects, "", "total").value(), 1e-12);
        assertEquals(1.0 - 0.75 - 0.5, find(effects, "", "interactions").value(), 1e-12);
        assertEquals("e", find(effects, "a", "alone").from());
        assertEquals("d", find(effects, "a", "alone").to());
        assertEquals(4, find(effects, "a", "alone").pairs());
    }

    @Test
    void anIncompleteFactorialOrUnpairedRunsAreRefused() {
        List<Map<String, String>> three = List.of(Map.of("a", "d", "b", "d"), Map.of("a", "d", "b", "e"),
                Map.of("a", "e", "b", "e"));
        assertThrows(IllegalArgumentException.class, () -> LeverEffects.of(three,
                List.of(runs("p0", 0), runs("p1", 0), runs("p2", 1))));
        List<Map<String, String>> two = List.of(Map.of("a", "d"), Map.of("a", "e"));
        assertThrows(IllegalArgumentException.class, () -> LeverEffects.of(two, List.of(runs("p0", 0, 1), runs("p1", 1))));
    }
}
