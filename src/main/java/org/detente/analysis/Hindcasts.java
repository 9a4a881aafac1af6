package org.detente.analysis;

import java.util.List;
import java.util.function.Function;

/**
 * What a hindcast found: for each observed quantity the probability the model and three
 * reference forecasts gave to what happened, and their scores ({@link Scores}). Made by
 * {@code org.detente.batch.Hindcast}; read by the charts and the report.
 */
public final class Hindcasts {

    /**
     * The least probability a reference forecast gives anything (one in a billion), so a log
     * score is finite where the reference thinks an outcome impossible.
     */
    public static final double FLOOR = 1e-9;

    private Hindcasts() {
    }

    /**
     * A forecast's probability of what happened and its scores; NaN where the forecast is not defined.
     *
     * @param p     probability of the observed value
     * @param brier Brier score
     * @param log   log score
     */
    public record Forecast(double p, double brier, double log) {
        /** No forecast. */
        public static final Forecast UNDEFINED = new Forecast(Double.NaN, Double.NaN, Double.NaN);

        /** A forecast giving p to what happened, with the sum of the squared probabilities of every value. */
        public static Forecast of(double p, double sumOfSquares) {
            double q = Math.max(p, Hindcasts.FLOOR);
            return new Forecast(q, Scores.brier(q, sumOfSquares), Scores.log(q));
        }

        /** Whether the forecast is defined. */
        public boolean defined() {
            return !Double.isNaN(p);
        }
    }

    /**
     * One observed quantity.
     *
     * @param quantity    {@code observation.quantity} ({@code us_japan_draft.RUS})
     * @param kind        {@code categorical} (scored), {@code binary} (scored) or {@code count} (PIT only)
     * @param observed    what happened
     * @param meaning     the quantity in words
     * @param model       the model's forecast
     * @param uniform     the uniform reference
     * @param baseRate    the base-rate reference
     * @param persistence the persistence reference
     * @param pit         for counts, the randomised PIT of the observed value under the runs; NaN otherwise
     * @param line        the observation's line in its file
     */
    public record Row(String quantity, String kind, String observed, String meaning, Forecast model,
                      Forecast uniform, Forecast baseRate, Forecast persistence, double pit, int line) {
        /** Whether the row is scored (counts give a PIT value only). */
        public boolean scored() {
            return !kind.equals("count");
        }
    }

    /**
     * A hindcast.
     *
     * @param rows  one per observed quantity
     * @param runs  runs scored
     * @param joint probability the runs gave to every scored quantity coming out as observed at once,
     *              (matching runs + 1/2) / (runs + 1)
     */
    public record Result(List<Row> rows, long runs, double joint) {

        /** The mean Brier and log score of a forecast over the scored rows where it and the model are defined. */
        public double[] means(Function<Row, Forecast> forecast) {
            double brier = 0;
            double log = 0;
            int n = 0;
            for (Row r : rows) {
                if (r.scored() && forecast.apply(r).defined()) {
                    brier += forecast.apply(r).brier();
                    log += forecast.apply(r).log();
                    n++;
                }
            }
            return new double[] {brier / n, log / n, n};
        }

        /** The sum of the model's log scores over the scored rows (as if the quantities were independent). */
        public double logLikelihood() {
            return rows.stream().filter(Row::scored).mapToDouble(r -> r.model().log()).sum();
        }
    }

}
