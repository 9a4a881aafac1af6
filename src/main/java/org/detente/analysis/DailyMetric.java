package org.detente.analysis;

/** The metrics a run reports every day, by the name used in {@code timeseries.csv}. */
public enum DailyMetric {
    /** Highest escalation-ladder rung over all dyads (0..6). */
    RUNG("rung", "Highest ladder rung", "rung (0-6)", false, 0, 7, 7),
    /** Mean hostile posture over adversarial dyads (Goldstein points below the anchor). */
    POSTURE("posture", "Mean hostile posture", "Goldstein points below anchor", false, 0, 40, 200),
    /** Mean trust over adversarial dyads. */
    TRUST("trust", "Mean trust between adversaries", "trust (0-1)", false, 0, 1, 200),
    /** Mean perceived hostility over adversarial dyads. */
    HOSTILITY("hostility", "Mean perceived hostility", "Goldstein points below anchor", false, -15, 35, 250),
    /** Escalation score (Rivera et al. 2024) accumulated since day 0. */
    ESCALATION_SCORE("escalation_score", "Cumulative escalation score", "score", false, -5000, 45000, 500),
    /** Whether any dyad is at or above the crisis threshold today (a proportion across runs). */
    IN_CRISIS("in_crisis", "Share of runs in crisis", "share of runs", true, 0, 2, 2),
    /** Whether a crisis has happened by today (a proportion across runs: P(crisis by day t)). */
    CRISIS_BY_DAY("crisis_by_day", "P(crisis by day t)", "probability", true, 0, 2, 2),
    /** Signals sent that day in each escalation category of Rivera et al. (2024); means only. */
    SIGNALS_DE_ESCALATION("signals_de_escalation", "De-escalation signals per day", "signals per day", false, 0, 0, 0),
    SIGNALS_STATUS_QUO("signals_status_quo", "Status-quo signals per day", "signals per day", false, 0, 0, 0),
    SIGNALS_POSTURING("signals_posturing", "Posturing signals per day", "signals per day", false, 0, 0, 0),
    SIGNALS_NON_VIOLENT("signals_non_violent", "Non-violent escalation signals per day", "signals per day", false, 0, 0, 0),
    SIGNALS_VIOLENT("signals_violent", "Violent escalation signals per day", "signals per day", false, 0, 0, 0),
    SIGNALS_NUCLEAR("signals_nuclear", "Nuclear signals per day", "signals per day", false, 0, 0, 0);

    /** The signal-count metrics in the order of the escalation categories. */
    public static final java.util.List<DailyMetric> SIGNAL_MIX = java.util.List.of(SIGNALS_DE_ESCALATION,
            SIGNALS_STATUS_QUO, SIGNALS_POSTURING, SIGNALS_NON_VIOLENT, SIGNALS_VIOLENT, SIGNALS_NUCLEAR);

    private final String key;
    private final String title;
    private final String unit;
    private final boolean proportion;
    private final double low;
    private final double high;
    private final int bins;

    DailyMetric(String key, String title, String unit, boolean proportion, double low, double high, int bins) {
        this.key = key;
        this.title = title;
        this.unit = unit;
        this.proportion = proportion;
        this.low = low;
        this.high = high;
        this.bins = bins;
    }

    /** Whether quantiles are kept for the metric (a histogram per day); counts keep means only. */
    public boolean distribution() {
        return bins > 0 && !proportion;
    }

    /** The histogram bin of a value of this metric (see {@link #histogram()}). */
    public int bin(double x) {
        return Prototype.OF[ordinal()].binOf(x);
    }

    /** The bin of a value, walking from a bin near it (see {@link Histogram#binOf(double, int)}). */
    public int bin(double x, int near) {
        return Prototype.OF[ordinal()].binOf(x, near);
    }

    /** One empty histogram per metric, to compute bins without allocating. */
    private static final class Prototype {
        static final Histogram[] OF = java.util.Arrays.stream(values())
                .map(m -> m.distribution() ? m.histogram() : null).toArray(Histogram[]::new);
    }

    /**
     * A histogram for the metric's daily values: rungs exactly (one bin per rung), postures and
     * hostility to 0.2 Goldstein points, trust to 0.005, and escalation scores on a symmetric
     * log scale (about half a point near zero, 4% of the value far from it).
     */
    public Histogram histogram() {
        if (this == ESCALATION_SCORE) {
            return Histogram.symmetricLog(10.0, high, bins);
        }
        return new Histogram(low, high, bins, this == RUNG);
    }

    /** The name in {@code timeseries.csv}. */
    public String key() {
        return key;
    }

    /** A title for charts. */
    public String title() {
        return title;
    }

    /** The unit for axis labels. */
    public String unit() {
        return unit;
    }

    /** Whether the metric is 0/1 per run, summarised as a proportion with a Wilson interval. */
    public boolean proportion() {
        return proportion;
    }

    /** The metric with this key. */
    public static java.util.Optional<DailyMetric> parse(String key) {
        for (DailyMetric m : values()) {
            if (m.key.equals(key)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }
}
