package org.detente.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.detente.batch.BatchRunner;

/**
 * Progress of a batch on standard error: a progress bar on a terminal, plain lines every
 * few seconds otherwise (logs, CI), nothing with {@code --quiet}.
 */
final class ProgressLine implements BatchRunner.Progress {

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final long intervalNanos;
    private long lastPrint;
    /** Runs already done when this progress started (a resumed batch), not counted in the rate. */
    private long baseline = -1;

    /** A detail for the line, asked for only when a line is printed. */
    private java.util.function.Supplier<String> detail = () -> "";

    ProgressLine(PrintWriter err) {
        this.err = err;
        this.intervalNanos = 5_000_000_000L;
        this.lastPrint = start;
    }

    static BatchRunner.Progress of(PrintWriter err, boolean quiet) {
        if (quiet) {
            return BatchRunner.Progress.NONE;
        }
        return interactive() ? new Bar() : new ProgressLine(err);
    }

    /**
     * Whether standard output is a terminal. Before JDK 22 a console exists only then; from JDK 22
     * on one may exist anyway, and {@code Console.isTerminal()} says (called by reflection, since
     * the build targets Java 17).
     */
    static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
        }
    }

    /** On a terminal: a progress bar with runs done, runs per second and time left (progressbar library). */
    private static final class Bar implements BatchRunner.Progress {
        private me.tongfei.progressbar.ProgressBar bar;

        private java.util.function.Supplier<String> detail = () -> "";
        private long lastDetail;

        @Override
        public void update(long done, long total, java.util.function.Supplier<String> detail) {
            this.detail = detail;
            update(done, total);
        }

        @Override
        public void update(long done, long total) {
            if (bar == null) {
                bar = new me.tongfei.progressbar.ProgressBarBuilder().setTaskName("runs").setInitialMax(total)
                        .setStyle(me.tongfei.progressbar.ProgressBarStyle.ASCII).showSpeed()
                        .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).setUpdateIntervalMillis(250).build();
            }
            bar.stepTo(done);
            long now = System.nanoTime();
            if (now - lastDetail > 250_000_000L || done == total) { // as often as the bar redraws
                lastDetail = now;
                bar.setExtraMessage(detail.get());
            }
            if (done == total) {
                bar.close();
            }
        }
    }


    @Override
    public void update(long done, long total, java.util.function.Supplier<String> detail) {
        this.detail = detail;
        update(done, total);
    }

    @Override
    public void update(long done, long total) {
        long now = System.nanoTime();
        if (baseline < 0) {
            baseline = done - 1;
        }
        if (done < total && now - lastPrint < intervalNanos) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double rate = (done - baseline) / Math.max(seconds, 1e-9);
        double left = (total - done) / Math.max(rate, 1e-9);
        String line = String.format(Locale.ROOT, "runs %,d/%,d (%.0f%%)  %,.0f runs/s  %s", done, total,
                100.0 * done / total, rate, done == total ? String.format(Locale.ROOT, "done in %.1f s", seconds)
                        : String.format(Locale.ROOT, "about %.0f s left", left))
                + detailText();
        err.println(line);
        err.flush();
    }

    private String detailText() {
        String text = detail.get();
        return text.isEmpty() ? "" : "  (" + text + ")";
    }
}
