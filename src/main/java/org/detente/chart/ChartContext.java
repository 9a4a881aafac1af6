package org.detente.chart;

/**
 * What every chart of one comparison shares, so they read alike: each series' colour, the time
 * axis (to the horizon, with dates when the scenarios start on one) and the crisis threshold
 * rung drawn on charts of the ladder.
 *
 * @param palette         colours by series
 * @param time            the time axis
 * @param crisisThreshold the rung at or above which a dyad is in crisis
 * @param rungs           the ladder's rungs by name, from the lowest (0)
 */
public record ChartContext(Palette palette, TimeAxis time, int crisisThreshold, java.util.List<String> rungs) {
}
