package org.detente.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes a chart as PNG and SVG side by side. */
public final class ChartFiles {

    /** Default size of a chart, in points (pixels on the screen). */
    public static final int WIDTH = 900;
    public static final int HEIGHT = 520;
    /** The resolution of a PNG for the screen: one pixel a point. */
    public static final int SCREEN_DPI = 72;

    private ChartFiles() {
    }

    /** As {@link #write(JFreeChart, Path, String, int)} for the screen. */
    public static List<Path> write(JFreeChart chart, Path folder, String name) throws IOException {
        return write(chart, folder, name, SCREEN_DPI);
    }

    /**
     * Writes {@code name.png} and {@code name.svg} into the folder. The PNG is drawn at
     * {@code dpi} (300 for print: the same 900 x 520 point layout, 3750 x 2167 pixels) and
     * records its resolution, so a word processor places it at its intended size.
     *
     * @return the two files written
     */
    public static List<Path> write(JFreeChart chart, Path folder, String name, int dpi) throws IOException {
        Path png = folder.resolve(name + ".png");
        Path svg = folder.resolve(name + ".svg");
        writePng(chart, png, dpi);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // JFreeSVG prefixes clip-path ids with the clock by default; the chart's name keeps the
        // file the same from one run to the next (and unique within a page).
        g2.setDefsKeyPrefix(name + "-");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        File file = svg.toFile();
        SVGUtils.writeToSVG(file, g2.getSVGElement());
        return List.of(png, svg);
    }

    private static void writePng(JFreeChart chart, Path png, int dpi) throws IOException {
        double scale = dpi / (double) SCREEN_DPI;
        int width = (int) Math.round(WIDTH * scale);
        int height = (int) Math.round(HEIGHT * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, width, height);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.scale(scale, scale);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        g2.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream out = Files.newOutputStream(png); ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            IIOMetadataNode pixels = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            pixels.setAttribute("pixelsPerUnitXAxis", perMetre);
            pixels.setAttribute("pixelsPerUnitYAxis", perMetre);
            pixels.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(pixels);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
    }
}
