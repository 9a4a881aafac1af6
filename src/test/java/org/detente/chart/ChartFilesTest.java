package org.detente.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.analysis.DailyMetric;
import org.detente.analysis.TimeseriesSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts' data, colours, axes and legends, and the files they are written to. */
class ChartFilesTest {

    private static final int HORIZON = 30;
    private static final List<String> RUNGS = List.of("cooperation", "diplomatic friction", "public confrontation",
            "counterspace posturing", "non-kinetic interference", "kinetic counterspace use", "nuclear use in space");

    @TempDir
    Path dir;

    private static TimeseriesSummary summary() {
        List<TimeseriesSummary.Row> rows = new ArrayList<>();
        for (String s : List.of("dialogue", "escalation")) {
            for (int d = 0; d < HORIZON; d++) {
                double p = s.equals("dialogue") ? d / 3000.0 : d / 400.0;
                rows.add(new TimeseriesSummary.Row(s, 0, d, DailyMetric.CRISIS_BY_DAY, 50, p, 0, p * 0.8, p * 1.2,
                        new double[5]));
                rows.add(new TimeseriesSummary.Row(s, 0, d, DailyMetric.RUNG, 50, 2, 0.5, 1.9, 2.1,
                        new double[] {1, 2, 2, 3, 4}));
            }
        }
        return new TimeseriesSummary(rows);
    }

    private static ChartContext context(List<String> labels) {
        return new ChartContext(Palette.of(labels), TimeAxis.days(HORIZON), 4, RUNGS);
    }

    @Test
    void crisisChartHasOneSeriesPerScenarioInItsColourOnAZoomedAxisEndingAtTheHorizon() throws Exception {
        ChartContext context = context(List.of("dialogue", "escalation"));
        JFreeChart chart = ComparisonCharts.crisisProbability(summary(), context);
        XYPlot plot = chart.getXYPlot();
        assertEquals(2, plot.getDataset().getSeriesCount());
        assertTrue(plot.getDataset().getSeriesKey(0).toString().contains("n=50"));
        assertEquals(context.palette().colour("dialogue"), plot.getRenderer().getSeriesPaint(0));
        assertEquals(context.palette().colour("escalation"), plot.getRenderer().getSeriesPaint(1));
        // Values up to 0.0725 * 1.2 = 8.7%: the axis stops at 10%, not 100%, and shows tenths of a percent.
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        assertEquals(0.1, y.getUpperBound(), 1e-12);
        assertEquals("0.5%", y.getNumberFormatOverride().format(0.005));
        assertEquals(HORIZON - 1, plot.getDomainAxis().getUpperBound(), 1e-12, "no days past the horizon");
        List<Path> files = ChartFiles.write(chart, dir, "crisis");
        assertTrue(Files.size(files.get(0)) > 5_000);
        assertTrue(Files.readString(files.get(1)).contains("50 runs per scenario"));
    }

    @Test
    void aScenarioHasTheSameColourInEveryChartAndManySeriesAllDiffer() {
        Palette three = Palette.of(List.of("escalation", "mine", "baseline"));
        assertEquals(new Color(0x4C72B0), three.colour("baseline"));
        assertEquals(new Color(0xD62728), three.colour("escalation"));
        assertNotEquals(three.colour("mine"), three.colour("baseline"));
        List<String> sweep = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            sweep.add("point " + i);
        }
        Palette many = Palette.of(sweep);
        assertTrue(many.sequential());
        Set<Color> colours = new HashSet<>();
        sweep.forEach(label -> colours.add(many.colour(label)));
        assertEquals(25, colours.size(), "a 25-point sweep has 25 colours, not a 7-colour palette reused");
    }

    @Test
    void theDifferenceChartIsInPercentagePointsLaterMinusEarlierInTheScenariosColours() {
        ChartContext context = context(List.of("baseline", "dialogue"));
        double[][] rows = new double[HORIZON][];
        for (int t = 0; t < HORIZON; t++) {
            rows[t] = new double[] {-0.02, -0.03, -0.01};
        }
        JFreeChart chart = DifferenceChart.of(List.of(new DifferenceChart.Difference("dialogue", "baseline", rows,
                true, 100)), context);
        XYPlot plot = chart.getXYPlot();
        assertEquals("dialogue minus baseline", plot.getDataset().getSeriesKey(0));
        assertEquals(-2.0, plot.getDataset().getYValue(0, 5), 1e-12);
        assertTrue(plot.getRangeAxis().getLabel().contains("percentage points"));
        assertFalse(plot.getRangeAxis().getLabel().contains("/ 100"));
        DeviationRenderer renderer = (DeviationRenderer) plot.getRenderer();
        assertEquals(context.palette().colour("dialogue"), renderer.getSeriesFillPaint(0), "the band is not white");
        assertEquals(context.palette().colour("dialogue"), renderer.getSeriesPaint(0));
    }

    @Test
    void fanChartLegendHasASwatchForEveryBandAndTheRungChartDrawsTheThreshold() {
        JFreeChart chart = FanChart.of(summary(), DailyMetric.RUNG, context(List.of("dialogue", "escalation")));
        CombinedRangeXYPlot plot = (CombinedRangeXYPlot) chart.getPlot();
        assertEquals(4, plot.getLegendItems().getItemCount());
        for (LegendItem item : (Iterable<LegendItem>) () -> plot.getLegendItems().iterator()) {
            assertTrue(item.isShapeVisible() || item.isLineVisible(), item.getLabel());
            Color paint = (Color) (item.isShapeVisible() ? item.getFillPaint() : item.getLinePaint());
            assertEquals(255, paint.getAlpha(), item.getLabel() + " has a visible swatch");
            assertNotEquals(Color.WHITE, paint, item.getLabel());
        }
        for (Object sub : plot.getSubplots()) {
            java.util.Collection<?> markers = ((XYPlot) sub).getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            assertEquals(4.0, ((org.jfree.chart.plot.ValueMarker) markers.iterator().next()).getValue(), 0.0);
            assertTrue(((Marker) markers.iterator().next()).getLabel().contains("crisis threshold"));
        }
        assertTrue(plot.getRangeAxis() instanceof org.jfree.chart.axis.SymbolAxis, "rungs named on the axis");
    }

    @Test
    void peakRungsAreSharesOfRunsStackedByRungNotABoxAtTheMedian() {
        Map<String, long[]> peaks = new LinkedHashMap<>();
        peaks.put("dialogue", new long[] {0, 232, 739, 24, 5, 0, 0});
        JFreeChart chart = PeakRungChart.of(peaks, 4, RUNGS);
        CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
        assertEquals(7, data.getRowCount());
        assertEquals(232 / 1000.0, data.getValue(1, 0).doubleValue(), 1e-12);
        assertEquals(24 / 1000.0, data.getValue(3, 0).doubleValue(), 1e-12);
        assertTrue(data.getRowKey(4).toString().contains("non-kinetic interference *"), "crisis rungs marked");
        assertFalse(data.getRowKey(3).toString().contains("*"));
    }

    @Test
    void aScenarioWithAStartDateGetsCalendarDates() {
        NumberAxis axis = new TimeAxis(365, Optional.of(LocalDate.of(2024, 2, 21))).axis();
        assertEquals("21 Feb 2024", axis.getNumberFormatOverride().format(0));
        assertEquals("1 Mar 2024", axis.getNumberFormatOverride().format(9));
        assertTrue(axis.getLabel().contains("21 Feb 2024"));
    }

    @Test
    void aPrintPngHas300DotsPerInchAndTheSameLayout() throws Exception {
        JFreeChart chart = ComparisonCharts.crisisProbability(summary(), context(List.of("dialogue", "escalation")));
        Path png = ChartFiles.write(chart, dir, "print", 300).get(0);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(3750, image.getWidth());
        assertEquals(2167, image.getHeight());
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(png.toFile())) {
            javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            org.w3c.dom.Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            org.w3c.dom.NodeList nodes = ((org.w3c.dom.Element) root).getElementsByTagName("pHYs");
            assertEquals("11811", ((org.w3c.dom.Element) nodes.item(0)).getAttribute("pixelsPerUnitXAxis"));
        }
    }

    @Test
    void theSameChartGivesTheSameFilesTwice() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        ChartContext context = context(List.of("dialogue", "escalation"));
        List<Path> first = ChartFiles.write(ComparisonCharts.crisisProbability(summary(), context), dir.resolve("a"),
                "crisis");
        Thread.sleep(5); // JFreeSVG's default id prefix comes from the clock
        List<Path> second = ChartFiles.write(ComparisonCharts.crisisProbability(summary(), context), dir.resolve("b"),
                "crisis");
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    first.get(i).getFileName() + " differs");
        }
    }
}
