package org.detente.model;

import java.util.Arrays;

/**
 * Signals in flight, by the day they are due: a ring of one bucket per day up to the
 * longest latency, each bucket a set of parallel arrays reused from day to day, so that
 * sending a signal allocates nothing once the buckets have grown to a day's traffic.
 * Signals due on the same day are delivered in the order they were sent.
 */
final class InFlight {

    private final Bucket[] ring;

    /** A ring for channels of at most {@code maxLatency} days. */
    InFlight(int maxLatency) {
        ring = new Bucket[maxLatency + 1];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Bucket();
        }
    }

    /** Queues a signal sent on {@code sentDay} for delivery on {@code due}. */
    void add(int due, int sentDay, ActorAgent sender, ActorAgent receiver, SignalType type, ChannelState channel) {
        if (due - sentDay >= ring.length) {
            throw new IllegalArgumentException("latency " + (due - sentDay) + " exceeds the ring of " + ring.length);
        }
        ring[due % ring.length].add(sentDay, sender, receiver, type, channel);
    }

    /** The signals due on {@code day}; empty it with {@link Bucket#clear()} once delivered. */
    Bucket due(int day) {
        return ring[day % ring.length];
    }

    /** The signals due on one day, as parallel arrays of length {@link #size}. */
    static final class Bucket {
        int size;
        int[] sentDay = new int[8];
        ActorAgent[] sender = new ActorAgent[8];
        ActorAgent[] receiver = new ActorAgent[8];
        SignalType[] type = new SignalType[8];
        ChannelState[] channel = new ChannelState[8];

        private void add(int sent, ActorAgent from, ActorAgent to, SignalType act, ChannelState via) {
            if (size == sentDay.length) {
                int n = 2 * size;
                sentDay = Arrays.copyOf(sentDay, n);
                sender = Arrays.copyOf(sender, n);
                receiver = Arrays.copyOf(receiver, n);
                type = Arrays.copyOf(type, n);
                channel = Arrays.copyOf(channel, n);
            }
            sentDay[size] = sent;
            sender[size] = from;
            receiver[size] = to;
            type[size] = act;
            channel[size] = via;
            size++;
        }

        void clear() {
            size = 0;
        }
    }
}
