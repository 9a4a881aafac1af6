package org.detente.model;

/**
 * Receives what happens in a run, in the order it happens.
 *
 * <p>The model reports the three events that come by the thousand in a run (signals sent,
 * signals delivered, days ended) through the typed methods below. By default they build the
 * {@link ModelEvent} record and pass it to {@link #accept}; a sink that runs in every
 * replication (the batch's recorder) overrides them and reads the fields directly, so a
 * run allocates no event records it does not need.
 */
@FunctionalInterface
public interface EventSink {

    /** A sink that ignores everything. */
    EventSink NONE = event -> { };

    void accept(ModelEvent event);

    /** A signal was sent: see {@link ModelEvent.SignalSent}. */
    default void signalSent(int day, String sender, String receiver, String channel, SignalType type,
                            boolean isPublic) {
        accept(new ModelEvent.SignalSent(day, sender, receiver, channel, type, isPublic));
    }

    /** A signal arrived or was lost: see {@link ModelEvent.SignalDelivered}. */
    default void signalDelivered(int day, int sentDay, String sender, String receiver, String channel,
                                 SignalType intended, SignalType perceived, double perceivedGoldstein,
                                 int rungBefore, int rungAfter) {
        accept(new ModelEvent.SignalDelivered(day, sentDay, sender, receiver, channel, intended, perceived,
                perceivedGoldstein, rungBefore, rungAfter));
    }

    /** A day ended: see {@link ModelEvent.DayEnded}. */
    default void dayEnded(int day, int maxRung, double meanPosture, double meanTrust, double meanHostility,
                          boolean inCrisis) {
        accept(new ModelEvent.DayEnded(day, maxRung, meanPosture, meanTrust, meanHostility, inCrisis));
    }

    /**
     * Whether this sink takes {@link #dyadEnded}: a call per ordered pair of actors a day, made
     * only for sinks that ask (one run's story, the live view), never in a batch.
     */
    default boolean wantsDyads() {
        return false;
    }

    /**
     * One ordered pair of actors at the end of a day, after {@link #dayEnded}'s update and before
     * it is reported: {@code self}'s rung, trust, threat, posture and perceived hostility toward
     * {@code other}. Called only when {@link #wantsDyads()}.
     */
    default void dyadEnded(int day, String self, String other, boolean adversarial, int rung, double trust,
                           double threat, double posture, double hostility) {
    }

    /** A sink that passes every event to this sink, then to the other. */
    default EventSink andThen(EventSink other) {
        EventSink first = this;
        return new EventSink() {
            @Override
            public void accept(ModelEvent event) {
                first.accept(event);
                other.accept(event);
            }

            @Override
            public void signalSent(int day, String sender, String receiver, String channel, SignalType type,
                                   boolean isPublic) {
                first.signalSent(day, sender, receiver, channel, type, isPublic);
                other.signalSent(day, sender, receiver, channel, type, isPublic);
            }

            @Override
            public void signalDelivered(int day, int sentDay, String sender, String receiver, String channel,
                                        SignalType intended, SignalType perceived, double perceivedGoldstein,
                                        int rungBefore, int rungAfter) {
                first.signalDelivered(day, sentDay, sender, receiver, channel, intended, perceived,
                        perceivedGoldstein, rungBefore, rungAfter);
                other.signalDelivered(day, sentDay, sender, receiver, channel, intended, perceived,
                        perceivedGoldstein, rungBefore, rungAfter);
            }

            @Override
            public void dayEnded(int day, int maxRung, double meanPosture, double meanTrust, double meanHostility,
                                 boolean inCrisis) {
                first.dayEnded(day, maxRung, meanPosture, meanTrust, meanHostility, inCrisis);
                other.dayEnded(day, maxRung, meanPosture, meanTrust, meanHostility, inCrisis);
            }

            @Override
            public boolean wantsDyads() {
                return first.wantsDyads() || other.wantsDyads();
            }

            @Override
            public void dyadEnded(int day, String self, String other2, boolean adversarial, int rung, double trust,
                                  double threat, double posture, double hostility) {
                first.dyadEnded(day, self, other2, adversarial, rung, trust, threat, posture, hostility);
                other.dyadEnded(day, self, other2, adversarial, rung, trust, threat, posture, hostility);
            }
        };
    }
}
