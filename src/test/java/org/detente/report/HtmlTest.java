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
                new Intervals.Interval(1, 3), 4, 5);
        Report.write(file, List.of(new Report.Compared("<script>x</script>", "a <b>bold</b> claim", "dir")),
                List.of(summary), List.of(), List.of("{\"name\": \"<script>\"}"));
        String html = Files.readString(file);
        assertFalse(html.contains("<script>"), "no unescaped script tag");
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"));
    }
}
