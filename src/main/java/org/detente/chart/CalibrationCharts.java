package org.detente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of a calibration: each parameter's prior and posterior, and pairs of parameters. */
public final class CalibrationCharts {

    private static final Color PRIOR = new Color(0xAAAAAA);
    private static final Color POSTERIOR = new Color(0x1F77B4);

    private CalibrationCharts() {
    }

    /** Histograms (as densities) of a parameter's prior draws and posterior sample over its prior range. */
    public static JFreeChart marginal(String parameter, double[] prior, double[] posterior, double low, double high) {
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.SCALE_AREA_TO_1);
        data.addSeries("prior (" + prior.length + " draws)", prior, 20, low, high);
        data.addSeries("posterior (" + posterior.length + " draws)", posterior, 20, low, high);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Style.alpha(PRIOR, 140));
        renderer.setSeriesPaint(1, Style.alpha(POSTERIOR, 170));
        NumberAxis x = new NumberAxis(parameter);
        x.setRange(low, high);
        XYPlot plot = new XYPlot(data, x, new NumberAxis("density"), renderer);
        Style.grid(plot);
        return Style.chart(parameter + ": prior and posterior", plot, true,
                "uniform prior over the range; posterior after fitting 2008-2023 rates");
    }

    /** The posterior sample of two parameters, one dot per draw, over their prior ranges. */
    public static JFreeChart pair(String xName, double[] x, double xLow, double xHigh, String yName, double[] y,
                                  double yLow, double yHigh) {
        XYSeries series = new XYSeries("posterior draws", false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesPaint(0, Style.alpha(POSTERIOR, 90));
        renderer.setSeriesOutlineStroke(0, new BasicStroke(0f));
        NumberAxis xAxis = new NumberAxis(xName);
        xAxis.setRange(xLow, xHigh);
        NumberAxis yAxis = new NumberAxis(yName);
        yAxis.setRange(yLow, yHigh);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), xAxis, yAxis, renderer);
        Style.grid(plot);
        return Style.chart(xName + " and " + yName + " under the posterior", plot, false,
                x.length + " posterior draws; axes span the prior ranges");
    }
}
