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

    /** The UN body that votes. */
    enum Body {
        /** The Security Council: 15 members, nine votes to adopt, a permanent member's vote against is a veto. */
        SECURITY_COUNCIL,
        /** The General Assembly: 193 members, adopted by a majority of those voting for or against, no veto. */
        GENERAL_ASSEMBLY
    }

    /**
     * A UN vote on a draft the sponsor tables with its co-sponsors (an amendment is a draft
     * of its own, tabled by its sponsors). Sponsors vote for; every other member votes
     * for, against or abstains ({@code docs/ODD.md}, "Votes").
     *
     * @param cosponsors states tabling the draft with the sponsor (any actor code, modelled or not)
     * @param body       the Security Council or the General Assembly
     * @param elected    elected Council members named in the vote, who vote by their own record
     *                   (the other elected seats vote as states without one)
     */
    record SecurityCouncilVote(String id, int day, String sponsor, List<String> cosponsors, String draft, Body body,
                               List<String> elected, int line) implements TimelineEvent {
        public SecurityCouncilVote {
            checkCommon(id, day);
            Objects.requireNonNull(sponsor, "sponsor");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(body, "body");
            cosponsors = List.copyOf(cosponsors);
            elected = List.copyOf(elected);
        }

        /** A vote without named elected members. */
        public SecurityCouncilVote(String id, int day, String sponsor, List<String> cosponsors, String draft, Body body,
                                   int line) {
            this(id, day, sponsor, cosponsors, draft, body, List.of(), line);
        }

        /** A Security Council vote on a draft the sponsor tables alone. */
        public SecurityCouncilVote(String id, int day, String sponsor, String draft, int line) {
            this(id, day, sponsor, List.of(), draft, Body.SECURITY_COUNCIL, line);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.vote(this);
        }
    }

    /**
     * A capability demonstration: the actor sends a material signal to the target. With
     * {@code perYear} > 0 it is a recurring process rather than one event: from its day on,
     * each day it happens with probability perYear / 365 (a Bernoulli approximation of a
     * Poisson process), drawn from a stream of its own so that scenarios sharing the process
     * share its days.
     */
    record CapabilityDemonstration(String id, int day, String actor, String target, String signal, double perYear,
                                   int line) implements TimelineEvent {
        public CapabilityDemonstration {
            checkCommon(id, day);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(signal, "signal");
            if (!(perYear >= 0 && perYear <= 365)) {
                throw new IllegalArgumentException("per_year must lie in [0,365] but was " + perYear);
            }
        }

        /** A one-off demonstration on its day. */
        public CapabilityDemonstration(String id, int day, String actor, String target, String signal, int line) {
            this(id, day, actor, target, signal, 0.0, line);
        }

        /** Whether this is a recurring process rather than a one-off event. */
        public boolean recurring() {
            return perYear > 0;
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
