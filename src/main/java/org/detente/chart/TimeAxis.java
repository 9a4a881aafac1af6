package org.detente.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * The time axis of every chart over the days of a run: from day 0 to the horizon and no
 * further, labelled with calendar dates when the scenarios start on a date, else with days.
 *
 * @param horizon   days simulated
 * @param startDate the calendar date of day 0, if the scenarios have one
 */
public record TimeAxis(int horizon, Optional<LocalDate> startDate) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Days only. */
    public static TimeAxis days(int horizon) {
        return new TimeAxis(horizon, Optional.empty());
    }

    /** The axis, with its label; {@code prefix} (such as a scenario's name) goes before it in a panel of several. */
    public NumberAxis axis(String prefix) {
        String label = startDate.map(d -> "date (day 0 = " + DATE.format(d) + ")").orElse("day of the run");
        NumberAxis axis = new NumberAxis(prefix.isEmpty() ? label : prefix + ": " + label);
        axis.setRange(0, Math.max(1, horizon - 1));
        axis.setAutoRangeIncludesZero(true);
        if (startDate.isPresent()) {
            axis.setNumberFormatOverride(new DateFormat(startDate.get()));
            axis.setTickUnit(new NumberTickUnit(tickDays(horizon)));
        }
        return axis;
    }

    /** The axis without a prefix. */
    public NumberAxis axis() {
        return axis("");
    }

    /** Ticks about every two months on a year, closer on shorter runs, so the dates do not crowd. */
    private static int tickDays(int horizon) {
        if (horizon <= 60) {
            return 7;
        }
        if (horizon <= 200) {
            return 30;
        }
        return horizon <= 800 ? 61 : 183;
    }

    /** Day numbers shown as the dates they fall on. */
    private static final class DateFormat extends NumberFormat {

        private static final long serialVersionUID = 1L;
        private final LocalDate start;

        DateFormat(LocalDate start) {
            this.start = start;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return format(Math.round(number), to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(DATE.format(start.plusDays(number)));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
