package org.detente.view;

import org.detente.scenario.ChannelSpec;

/**
 * A channel between two of its members on the network display, and what MASON's inspector
 * shows of it. Its weight (the edge's thickness) is the day's traffic between the two.
 */
public final class ChannelLink implements sim.util.Valuable {

    private final ChannelSpec spec;
    private final String a;
    private final String b;
    private final DetenteView view;

    ChannelLink(ChannelSpec spec, String a, String b, DetenteView view) {
        this.spec = spec;
        this.a = a;
        this.b = b;
        this.view = view;
    }

    public String getChannel() {
        return spec.id();
    }

    public String getKind() {
        return spec.kind().key();
    }

    public String getBetween() {
        return a + " and " + b;
    }

    public boolean isOpen() {
        return view.model().isOpen(spec.id());
    }

    /** Signals sent on this channel between the two, either way, on the last day. */
    public int getSignalsToday() {
        return view.watch().traffic(spec.id(), a, b);
    }

    public int getLatencyDays() {
        return spec.latencyDays();
    }

    public double getNoise() {
        return spec.noise();
    }

    public double getDelivery() {
        return spec.delivery();
    }

    /** The edge's weight: a thin line when quiet, a thicker one a signal more. */
    @Override
    public double doubleValue() {
        return 0.6 + 1.4 * getSignalsToday();
    }

    @Override
    public String toString() {
        return spec.id() + " " + getBetween();
    }
}
