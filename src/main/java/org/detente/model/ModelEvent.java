package org.detente.model;

import java.util.Map;

/**
 * What the model reports to its {@link EventSink}. One record per kind; behaviour a
 * consumer needs lives on the records.
 */
public sealed interface ModelEvent extends java.io.Serializable {

    /** The day (0-based) the event happened. */
    int day();

    /**
     * A signal arrived (or was lost) and was perceived.
     *
     * @param sentDay          the day it was sent
     * @param sender           sender's actor code
     * @param receiver         receiver's actor code
     * @param channel          channel id, or {@code observation} for material acts
     * @param intended         the act the sender chose
     * @param perceived        the act the receiver believes it saw (null when lost)
     * @param perceivedGoldstein the perceived Goldstein value (NaN when lost)
     * @param rungBefore       the dyad's rung before the signal
     * @param rungAfter        the dyad's rung after the signal
     */
    record SignalDelivered(int day, int sentDay, String sender, String receiver, String channel, SignalType intended,
                           SignalType perceived, double perceivedGoldstein, int rungBefore, int rungAfter)
            implements ModelEvent {

        /** Whether the signal was lost on the way (never perceived). */
        public boolean lost() {
            return perceived == null;
        }

        /**
         * A misperception (MODEL.md): the receiver saw an act of another escalation category,
         * or a value of the opposite sign, than the sender intended.
         */
        public boolean misperceived() {
            return misperceived(intended, perceived, perceivedGoldstein);
        }

        /** A rung increase caused by a signal its sender intended as non-hostile. */
        public boolean inadvertentEscalation() {
            return inadvertentEscalation(intended, rungBefore, rungAfter);
        }

        /** {@link #misperceived()} from the fields, for sinks that take them without the record. */
        public static boolean misperceived(SignalType intended, SignalType perceived, double perceivedGoldstein) {
            return perceived != null && (perceived.category() != intended.category()
                    || intended.goldstein() * perceivedGoldstein < 0);
        }

        /** {@link #inadvertentEscalation()} from the fields, for sinks that take them without the record. */
        public static boolean inadvertentEscalation(SignalType intended, int rungBefore, int rungAfter) {
            return rungAfter > rungBefore && !intended.hostile();
        }
    }

    /**
     * A signal was sent (counted for the escalation score when sent, whether or not it arrives).
     */
    record SignalSent(int day, String sender, String receiver, String channel, SignalType type, boolean isPublic)
            implements ModelEvent {
    }

    /**
     * A scripted UN vote took place.
     *
     * @param id       the timeline event id
     * @param outcome  {@code adopted}, {@code vetoed} or {@code failed}
     * @param votes    the votes of the permanent members and of every other state Détente models or the
     *                 draft names ({@code for}, {@code against}, {@code abstain}), in a fixed order
     * @param votesFor number of members voting for (of 15 in the Council, 193 in the Assembly)
     * @param votesAgainst number of members voting against
     * @param abstentions  number of members abstaining
     */
    record VoteHeld(int day, String id, String outcome, Map<String, String> votes, int votesFor, int votesAgainst,
                    int abstentions) implements ModelEvent {

        /** The tally as the UN reports it: for-against-abstaining, e.g. {@code 13-1-1}. */
        public String tally() {
            return votesFor + "-" + votesAgainst + "-" + abstentions;
        }
    }

    /**
     * A scripted event of the timeline took place: a capability demonstration (one-off or one
     * occurrence of a recurring process) or a summit. Its signals follow as {@link SignalSent}
     * and {@link SignalDelivered}; this says they were scripted, not chosen by the actor.
     *
     * @param id     the timeline event's id
     * @param actor  who acts (for a summit, its first participant)
     * @param target toward whom (for a summit, its second participant)
     * @param signal the signal sent ({@code intent_to_negotiate} for a summit)
     */
    record Scripted(int day, String id, String actor, String target, String signal) implements ModelEvent {
    }

    /** A channel was suspended or restored. */
    record ChannelChanged(int day, String channel, boolean open) implements ModelEvent {
    }

    /**
     * The first day any pair of actors (in either direction) reached the crisis threshold,
     * whether or not it is one of the scenario's crisis dyads; emitted once a run, naming the
     * pair (the first in the model's order when several cross on one day).
     */
    record AnyPairCrisisBegan(int day, String first, String second) implements ModelEvent {
    }

    /**
     * The end of a day: the state of the system after all of the day's signals.
     *
     * @param maxRung       highest rung over the scenario's crisis dyads (all dyads when it names none)
     * @param meanPosture   mean hostile posture over adversarial dyads
     * @param meanTrust     mean trust over adversarial dyads
     * @param meanHostility mean perceived hostility over adversarial dyads
     * @param inCrisis      whether a crisis dyad is at or above the crisis threshold
     */
    record DayEnded(int day, int maxRung, double meanPosture, double meanTrust, double meanHostility,
                    boolean inCrisis) implements ModelEvent {
    }
}
