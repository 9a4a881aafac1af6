package org.detente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.analysis.Intervals;
import org.detente.analysis.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTest {

    @TempDir
    Path dir;

    @Test
    void escapesMarkup() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;",
                Html.escape("<script>alert('x')</script> & \""));
    }

    @Test
    void userStringsInTheReportAreEscaped() throws Exception {
        Path file = dir.resolve("report.html");
        RunSummary summary = new RunSummary("<script>x</script>", 10, 1, new Intervals.Interval(0.01, 0.4), 1, 2,
                new Intervals.Interval(1, 3), 4, 5, 1, new Intervals.Interval(0.01, 0.4));
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode manifest = mapper.readTree("""
                {"scenarios": [{"name": "<script>x</script>", "description": "a <b>bold</b> claim",
                  "actors": [{"id": "USA", "strategy": "<img src=x onerror=alert(1)>"}],
                  "coded_events": [{"text": "<script>alert(2)</script>", "cues": "USA.D+1"}],
                  "stances": {"USA": {"D": {"coded": 0.5, "used": 0.5, "evidence": 1, "confidence": 0.2}}}}]}
                """);
        Report.write(file, new Report.Input(List.of(manifest), List.of(summary), List.of(),
                List.of(new org.detente.analysis.Comparisons.Stat("scenario", "<script>", "", "crisis_probability", 0.1,
                        0, 0.2, Double.NaN, Double.NaN, 10)), false, List.of(manifest.toString()), List.of(), List.of(),
                List.of("<b>bold</b> and <img src=x> tied"), List.of("r0", "r1", "r2", "r3", "r4", "r5", "r6"),
                List.of()));
        String html = Files.readString(file);
        assertFalse(html.contains("<script>"), "no unescaped script tag");
        assertFalse(html.contains("<img src=x"), "no unescaped image tag");
        assertFalse(html.contains("<b>bold"), "no user markup");
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"));
    }
}
