package org.detente.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are written to result files: the same bytes for the same value, everywhere. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * A value rounded to six decimals with trailing zeros dropped ({@code 0.25}, {@code 3});
     * empty for NaN, which R and pandas read as missing.
     */
    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        String fast = fast(x);
        if (fast != null) {
            return fast;
        }
        return exact(x);
    }

    /**
     * The same text as {@link #exact} for |x| below a million when x times a million is not
     * within 1e-3 of a rounding tie (the product's error is under 1e-4 there), without
     * BigDecimal: finishing a large batch formats millions of numbers. Null otherwise.
     */
    private static String fast(double x) {
        double abs = Math.abs(x);
        if (!(abs < 1e6)) {
            return null;
        }
        double scaled = abs * 1e6;
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < 1e-3) {
            return null;
        }
        long units = (long) floor + (fraction > 0.5 ? 1 : 0);
        if (units == 0) {
            return "0";
        }
        long whole = units / 1_000_000;
        long part = units % 1_000_000;
        StringBuilder text = new StringBuilder(24);
        if (x < 0) {
            text.append('-');
        }
        text.append(whole);
        if (part != 0) {
            String digits = Long.toString(part + 1_000_000).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.toString();
    }

    /** The value rounded half-even at the sixth decimal of its exact binary value. */
    static String exact(double x) {
        BigDecimal rounded = new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
