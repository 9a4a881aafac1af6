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
        BigDecimal rounded = new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
