package org.detente.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.TimeseriesSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {

    @TempDir
    Path dir;

    private static TimeseriesSummary summary() {
        List<TimeseriesSummary.Row> rows = new ArrayList<>();
        for (String s : List.of("dialogue", "escalation")) {
            for (int d = 0; d < 30; d++) {
                double p = s.equals("dialogue") ? d / 300.0 : d / 40.0;
                rows.add(new TimeseriesSummary.Row(s, 0, d, DailyMetric.CRISIS_BY_DAY, 50, p, 0, p * 0.8, p * 1.2,
                        new double[5]));
            }
        }
        return new TimeseriesSummary(rows);
    }

    @Test
    void crisisChartHasOneSeriesPerScenarioAndSaysHowManyRuns() throws Exception {
        JFreeChart chart = ComparisonCharts.crisisProbability(summary());
        XYPlot plot = chart.getXYPlot();
        assertTrue(plot.getDataset().getSeriesCount() == 2);
        assertTrue(plot.getDataset().getSeriesKey(0).toString().contains("n=50"));
        List<Path> files = ChartFiles.write(chart, dir, "crisis");
        assertTrue(Files.size(files.get(0)) > 5_000);
        assertTrue(Files.readString(files.get(1)).contains("50 runs per scenario"));
    }

    @Test
    void theSameChartGivesTheSameFilesTwice() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        List<Path> first = ChartFiles.write(ComparisonCharts.crisisProbability(summary()), dir.resolve("a"), "crisis");
        Thread.sleep(5); // JFreeSVG's default id prefix comes from the clock
        List<Path> second = ChartFiles.write(ComparisonCharts.crisisProbability(summary()), dir.resolve("b"), "crisis");
        for (int i = 0; i < first.size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(first.get(i)),
                    Files.readAllBytes(second.get(i)), first.get(i).getFileName() + " differs");
        }
    }
}
