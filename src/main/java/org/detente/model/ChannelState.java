package org.detente.model;

import org.detente.scenario.ChannelKind;
import org.detente.scenario.ChannelSpec;

/** A channel during a run: its fixed properties and whether it is open now. */
final class ChannelState {

    /** The id of the virtual channel through which material acts are observed. */
    static final String OBSERVATION = "observation";
    /** The id of the virtual channel of summit meetings. */
    static final String SUMMIT = "summit";

    final String id;
    final ChannelKind kind;
    final int latency;
    final double noise;
    final double delivery;
    final boolean isPublic;
    final double dailyContacts;
    boolean open;

    ChannelState(String id, ChannelKind kind, int latency, double noise, double delivery, boolean isPublic,
                 double capacityPerMonth, boolean open) {
        this.id = id;
        this.kind = kind;
        this.latency = latency;
        this.noise = noise;
        this.delivery = delivery;
        this.isPublic = isPublic;
        this.dailyContacts = capacityPerMonth / 30.0;
        this.open = open;
    }

    static ChannelState of(ChannelSpec spec, double noiseScale) {
        return new ChannelState(spec.id(), spec.kind(), spec.latencyDays(), spec.noise() * noiseScale,
                spec.delivery(), spec.isPublic(), spec.capacityPerMonth(), spec.open());
    }

    /** Whether it is an open private dialogue channel (which restrains postures). */
    boolean isOpenDialogue() {
        return open && kind == ChannelKind.PRIVATE_DIALOGUE;
    }
}
