package org.detente.model;

/** Receives what happens in a run, in the order it happens. */
@FunctionalInterface
public interface EventSink {

    /** A sink that ignores everything. */
    EventSink NONE = event -> { };

    void accept(ModelEvent event);

    /** A sink that passes every event to this sink, then to the other. */
    default EventSink andThen(EventSink other) {
        return event -> {
            accept(event);
            other.accept(event);
        };
    }
}
