package org.detente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.detente.chart.ChartFiles;
import org.detente.report.Report;
import org.jfree.chart.JFreeChart;

/** The charts of one output folder: each written as PNG (at the resolution asked for) and SVG, and listed for the report. */
final class Figures {

    private final Path charts;
    private final int dpi;
    private final List<Report.Figure> list = new ArrayList<>();

    /**
     * @param charts the folder to write into (created if missing)
     * @param dpi    the PNG resolution ({@link ChartFiles#SCREEN_DPI} or more for print)
     */
    Figures(Path charts, int dpi) throws IOException {
        this.charts = Files.createDirectories(charts);
        this.dpi = dpi;
    }

    /** Charts for the screen. */
    Figures(Path charts) throws IOException {
        this(charts, ChartFiles.SCREEN_DPI);
    }

    /**
     * Writes a chart and lists it.
     *
     * @param name    the file name without extension
     * @param title   the figure's title in the report
     * @param caption what to look at in it, in a sentence or two (empty for none)
     */
    Report.Figure add(String name, String title, String caption, JFreeChart chart) throws IOException {
        ChartFiles.write(chart, charts, name, dpi);
        Report.Figure figure = new Report.Figure(title, charts.resolve(name + ".png"), caption);
        list.add(figure);
        return figure;
    }

    /** As above, without a caption. */
    Report.Figure add(String name, String title, JFreeChart chart) throws IOException {
        return add(name, title, "", chart);
    }

    /** The charts written, in order. */
    List<Report.Figure> list() {
        return list;
    }
}
