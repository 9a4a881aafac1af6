package org.detente.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A scripted event on a scenario's timeline. It fires at the start of its day; the
 * model turns its outcome into signals like any other. One record per kind; a new
 * kind is added to {@code permits} and to {@link Visitor}, and the compiler shows
 * every place that must handle it.
 */
public sealed interface TimelineEvent {

    /** An id unique within the scenario, used to name output columns. */
    String id();

    /** The day (0-based) the event fires. */
    int day();

    /** The line of the event in the scenario file. */
    int line();

    /** Dispatches on the kind of event. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of event. */
    interface Visitor<R> {
        R vote(SecurityCouncilVote vote);

        R demonstration(CapabilityDemonstration demonstration);

        R summit(Summit summit);

        R channelSuspended(ChannelSuspended suspended);

        R channelRestored(ChannelRestored restored);
    }

    /**
     * A UN Security Council vote on a draft the sponsor tables. Every member votes
     * for, against or abstains; a permanent member's vote against is a veto.
     */
    record SecurityCouncilVote(String id, int day, String sponsor, String draft, int line) implements TimelineEvent {
        public SecurityCouncilVote {
            checkCommon(id, day);
            Objects.requireNonNull(sponsor, "sponsor");
            Objects.requireNonNull(draft, "draft");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.vote(this);
        }
    }

    /** A capability demonstration: the actor sends a material signal to the target. */
    record CapabilityDemonstration(String id, int day, String actor, String target, String signal, int line)
            implements TimelineEvent {
        public CapabilityDemonstration {
            checkCommon(id, day);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(signal, "signal");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.demonstration(this);
        }
    }

    /** A summit: the actors meet and exchange intent to negotiate through private dialogue. */
    record Summit(String id, int day, List<String> actors, int line) implements TimelineEvent {
        public Summit {
            checkCommon(id, day);
            actors = List.copyOf(actors);
            if (actors.size() < 2) {
                throw new IllegalArgumentException("a summit needs at least two actors");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.summit(this);
        }
    }

    /** A channel is suspended: no signals are sent or delivered through it until restored. */
    record ChannelSuspended(String id, int day, String channel, int line) implements TimelineEvent {
        public ChannelSuspended {
            checkCommon(id, day);
            Objects.requireNonNull(channel, "channel");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.channelSuspended(this);
        }
    }

    /** A suspended channel is restored. */
    record ChannelRestored(String id, int day, String channel, int line) implements TimelineEvent {
        public ChannelRestored {
            checkCommon(id, day);
            Objects.requireNonNull(channel, "channel");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.channelRestored(this);
        }
    }

    private static void checkCommon(String id, int day) {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("event id must be letters, digits and '_' but was '" + id + "'");
        }
        if (day < 0) {
            throw new IllegalArgumentException("day must be >= 0 but was " + day);
        }
    }
}
