package org.detente.scenario;

import java.util.Optional;

/** The kinds of channel signals travel through (MODEL.md, "Channel"). */
public enum ChannelKind {
    /** Private high-level dialogue: talks, the hotline. Restrains postures while open. */
    PRIVATE_DIALOGUE("private-dialogue", false, 1, 0.5, 0.99, 4),
    /** Public statements: press briefings, speeches. Seen by all; carry audience costs. */
    PUBLIC_STATEMENT("public", true, 0, 2.0, 1.0, 8),
    /** The UN venue: Security Council and General Assembly meetings. */
    UN_VENUE("un-venue", true, 3, 1.0, 1.0, 2),
    /** Consultation among allies. */
    ALLIED_CONSULTATION("allied-consultation", false, 1, 0.5, 0.99, 4);

    private final String key;
    private final boolean publicByDefault;
    private final int defaultLatencyDays;
    private final double defaultNoise;
    private final double defaultDelivery;
    private final double defaultCapacityPerMonth;

    ChannelKind(String key, boolean publicByDefault, int latencyDays, double noise, double delivery,
                double capacityPerMonth) {
        this.key = key;
        this.publicByDefault = publicByDefault;
        this.defaultLatencyDays = latencyDays;
        this.defaultNoise = noise;
        this.defaultDelivery = delivery;
        this.defaultCapacityPerMonth = capacityPerMonth;
    }

    /** Latency unless a scenario says otherwise (reasons in docs/scenarios.md). */
    public int defaultLatencyDays() {
        return defaultLatencyDays;
    }

    /** Perception noise in Goldstein points unless a scenario says otherwise. */
    public double defaultNoise() {
        return defaultNoise;
    }

    /** Delivery probability unless a scenario says otherwise. */
    public double defaultDelivery() {
        return defaultDelivery;
    }

    /** Contacts per sender and receiver per 30 days unless a scenario says otherwise. */
    public double defaultCapacityPerMonth() {
        return defaultCapacityPerMonth;
    }

    /** The name as written in a scenario file. */
    public String key() {
        return key;
    }

    /** Whether signals on this kind of channel are public unless a scenario says otherwise. */
    public boolean publicByDefault() {
        return publicByDefault;
    }

    /** The kind a scenario file names. */
    public static Optional<ChannelKind> parse(String key) {
        return Keys.parse(values(), ChannelKind::key, key);
    }

    /** The names a scenario file may use, for error messages. */
    public static String keys() {
        return Keys.list(values(), ChannelKind::key);
    }
}
