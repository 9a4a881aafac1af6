package org.detente.analysis;

import java.util.List;
import java.util.function.Function;

/**
 * What a hindcast found: for each observed quantity the probability the model and three
 * reference forecasts gave to what happened, and their scores ({@link Scores}). Made by
 * {@code org.detente.batch.Hindcast}; read by the charts and the report.
 */
public final class Hindcasts {

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
            return new Forecast(p, Scores.brier(p, sumOfSquares), Scores.log(p));
        }

        /**
         * This forecast with the probability of what happened raised to at least {@code floor}
         * (the log score then finite): every forecast of a hindcast gets the same floor, the
         * model's least possible probability 1/2 / (runs + 1).
         */
        public Forecast withFloor(double floor) {
            return !defined() || p >= floor ? this : new Forecast(floor, brier, Scores.log(floor));
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
     * @param kind        {@code categorical} (scored), {@code binary} (scored), {@code count} (PIT only) or
     *                    {@code scripted} (a ballot the scenario fixes: a sponsor's or co-sponsor's; not scored)
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
        /** The quantity in words for a chart: {@code us_japan_draft.CHN} is "us japan draft: CHN". */
        public String label() {
            int dot = quantity.indexOf('.');
            String id = (dot < 0 ? quantity : quantity.substring(0, dot)).replace('_', ' ');
            return dot < 0 ? id : id + ": " + quantity.substring(dot + 1).replace('_', ' ');
        }

        /** Whether the row is scored (counts give a PIT value only; scripted ballots are not forecasts). */
        public boolean scored() {
            return kind.equals("categorical") || kind.equals("binary");
        }
    }

    /**
     * A hindcast.
     *
     * @param rows  one per observed quantity
     * @param runs  runs scored
     * @param matched runs in which every scored quantity came out as observed at once
     */
    public record Result(List<Row> rows, long runs, long matched) {

        /** The probability the runs gave to every scored quantity coming out as observed: (matched + 1/2) / (runs + 1). */
        public double joint() {
            return (matched + 0.5) / (runs + 1.0);
        }


        /** The mean Brier and log score of a forecast over the scored rows where it is defined, and how many. */
        public double[] means(Function<Row, Forecast> forecast) {
            return meansWhere(forecast, forecast);
        }

        /**
         * The mean Brier and log score of {@code forecast} over the scored rows where {@code defined}
         * is defined (to compare two forecasts on the same rows), and how many rows.
         */
        public double[] meansWhere(Function<Row, Forecast> forecast, Function<Row, Forecast> defined) {
            double brier = 0;
            double log = 0;
            int n = 0;
            for (Row r : rows) {
                if (r.scored() && defined.apply(r).defined() && forecast.apply(r).defined()) {
                    brier += forecast.apply(r).brier();
                    log += forecast.apply(r).log();
                    n++;
                }
            }
            return new double[] {brier / n, log / n, n};
        }

    }

}
