package org.detente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The parameter table of docs/ODD.md prints the code's ranges, and the ranges hold. */
class ParameterTableTest {

    @Test
    void theDocsPrintEveryParameterWithTheRangeTheCodeChecks() throws Exception {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| `(\\w+)` \\| [^|]+ \\| ([\\[(][^|]+[\\])]) \\|")
                .matcher(Files.readString(Path.of("docs/ODD.md")));
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> code = new LinkedHashMap<>();
        ModelParameters.RANGES.forEach((name, range) -> code.put(name, range.toString()));
        assertEquals(code, documented);
    }

    @Test
    void aValueOutsideItsRangeIsRefusedWithTheRange() {
        ModelParameters p = ModelParameters.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.with(Map.of("grit_interval", 0.4)));
        assertTrue(e.getMessage().contains("grit_interval must lie in [1, 3650]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.with(Map.of("restraint_rate", 0.0)));
        assertThrows(IllegalArgumentException.class, () -> p.with(Map.of("dialogue_memory", 0.001)));
        assertEquals(1.0, p.with(Map.of("grit_interval", 1.0)).gritInterval());
        // Every default lies in its own range.
        ModelParameters.defaults().asMap().forEach((name, value) ->
                assertTrue(ModelParameters.RANGES.get(name).contains(value), name));
    }
}
