package org.detente.chart;

import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes a chart as PNG and SVG side by side. */
public final class ChartFiles {

    /** Default size of a chart, in pixels. */
    public static final int WIDTH = 900;
    public static final int HEIGHT = 520;

    private ChartFiles() {
    }

    /**
     * Writes {@code name.png} and {@code name.svg} into the folder.
     *
     * @return the two files written
     */
    public static List<Path> write(JFreeChart chart, Path folder, String name) throws IOException {
        Path png = folder.resolve(name + ".png");
        Path svg = folder.resolve(name + ".svg");
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // JFreeSVG prefixes clip-path ids with the clock by default; the chart's name keeps the
        // file the same from one run to the next (and unique within a page).
        g2.setDefsKeyPrefix(name + "-");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        File file = svg.toFile();
        SVGUtils.writeToSVG(file, g2.getSVGElement());
        return List.of(png, svg);
    }
}
