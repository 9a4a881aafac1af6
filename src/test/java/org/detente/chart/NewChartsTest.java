package org.detente.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.analysis.Hindcasts;
import org.detente.analysis.SobolIndices;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts of the hindcast, the calibration and the sensitivity analysis: what they plot, and that they render. */
class NewChartsTest {

    @TempDir
    Path dir;

    @Test
    void theSobolChartMarksEachEstimateInsideItsInterval() throws Exception {
        SobolIndices.Result r = new SobolIndices.Result(List.of(
                new SobolIndices.Index(0, 0.2, 0.1, 0.3, 0.25, 0.2, 0.3),
                new SobolIndices.Index(1, 0.6, 0.5, 0.7, 0.7, 0.6, 0.8)), 1.0, 64, 100);
        JFreeChart chart = SobolChart.of("P(crisis)", List.of("a", "b"), r, 20);
        XYPlot plot = chart.getXYPlot();
        assertEquals(0.6, plot.getDataset(0).getYValue(0, 1), 1e-12, "first-order estimate of b as a marker");
        assertEquals(0.7, plot.getDataset(0).getYValue(1, 1), 1e-12, "total-order estimate of b as a marker");
        YIntervalSeriesCollection intervals = (YIntervalSeriesCollection) plot.getDataset(1);
        assertEquals(0.5, intervals.getStartYValue(0, 1), 1e-12);
        assertEquals(0.8, intervals.getEndYValue(1, 1), 1e-12);
        assertTrue(Files.size(ChartFiles.write(chart, dir, "sobol").get(0)) > 5_000);
    }

    @Test
    void theHindcastChartsPlotScoredQuantitiesAndThePitOfCounts() throws Exception {
        Hindcasts.Forecast f = Hindcasts.Forecast.of(0.6, 0.52);
        Hindcasts.Result r = new Hindcasts.Result(List.of(
                new Hindcasts.Row("v.outcome", "categorical", "vetoed", "outcome", f, f, f, Hindcasts.Forecast.UNDEFINED,
                        Double.NaN, 1),
                new Hindcasts.Row("v.USA", "scripted", "for", "ballot", f, f, f, f, Double.NaN, 1),
                new Hindcasts.Row("v.votes_for", "count", "13", "count", f, f, f, f, 0.95, 1)), 100, 0);
        JFreeChart probabilities = HindcastChart.probabilities(r);
        assertEquals(1, probabilities.getCategoryPlot().getDataset().getColumnCount(), "only scored quantities");
        JFreeChart pit = HindcastChart.pit(r, 5);
        assertEquals(1, pit.getCategoryPlot().getDataset().getValue(0, 4).intValue(), "a PIT of 0.95 in the top bin");
        assertTrue(Files.size(ChartFiles.write(pit, dir, "pit").get(0)) > 5_000);
    }

    @Test
    void theCalibrationChartsSpanThePriorRange() {
        JFreeChart marginal = CalibrationCharts.marginal("noise_scale", new double[] {0.5, 1, 1.5, 2},
                new double[] {0.9, 1, 1.1}, 0.5, 2);
        assertEquals(0.5, marginal.getXYPlot().getDomainAxis().getLowerBound(), 1e-12);
        assertEquals(2, marginal.getXYPlot().getDataset().getSeriesCount(), "prior and posterior");
        JFreeChart pair = CalibrationCharts.pair("a", new double[] {1, 2}, 0, 3, "b", new double[] {3, 4}, 2, 5);
        assertEquals(2, pair.getXYPlot().getDataset().getItemCount(0));
    }
}
