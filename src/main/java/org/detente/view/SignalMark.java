package org.detente.view;

import org.detente.model.SignalType;

/** A signal on the display: in flight between its sender and receiver, or misperceived at its receiver. */
public final class SignalMark {

    private final SignalType type;
    private final boolean misperceived;
    private final String from;
    private final String to;
    private final String channel;

    SignalMark(SignalType type, boolean misperceived, String from, String to, String channel) {
        this.type = type;
        this.misperceived = misperceived;
        this.from = from;
        this.to = to;
        this.channel = channel;
    }

    /** The act: as sent while in flight, as perceived when misperceived. */
    public String getSignal() {
        return type.id();
    }

    public String getCategory() {
        return type.category().key();
    }

    public boolean isHostile() {
        return type.hostile();
    }

    public boolean isMisperceived() {
        return misperceived;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getChannel() {
        return channel;
    }

    @Override
    public String toString() {
        return (misperceived ? "misperceived as " : "") + type.id() + " " + from + " to " + to;
    }
}
