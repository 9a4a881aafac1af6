package org.detente.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What was observed after a scenario's start date, to score the scenario's runs against
 * ({@code detente hindcast}; format in {@code docs/calibration.md}, "Observations").
 *
 * @param file         the file it was read from
 * @param description  what the observations are
 * @param startDate    the date the forecast is made (the scenario's {@code start_date})
 * @param observations the observations, in file order
 */
public record Observed(Path file, String description, LocalDate startDate, List<Observation> observations) {

    public Observed {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(startDate, "startDate");
        observations = List.copyOf(observations);
    }

    /** One observed fact. */
    public sealed interface Observation permits Vote, Demonstrations, Crisis, ChannelState {
        /** A short id, unique in the file, naming the observation's rows in {@code hindcast.csv}. */
        String id();

        /** Where the fact comes from. */
        String source();

        /** The line of the observation in its file. */
        int line();
    }

    /**
     * A recorded UN vote on a draft the scenario scripts.
     *
     * @param id      observation id
     * @param event   the id of the scenario's timeline vote it scores
     * @param date    the day of the vote
     * @param outcome {@code adopted}, {@code vetoed} or {@code failed}
     * @param votesFor     votes for
     * @param votesAgainst votes against
     * @param abstentions  abstentions
     * @param ballots each listed member's ballot ({@code for}, {@code against}, {@code abstain}), in file order
     * @param source  where it comes from
     * @param line    line in the file
     */
    public record Vote(String id, String event, LocalDate date, String outcome, int votesFor, int votesAgainst,
                       int abstentions, Map<String, String> ballots, String source, int line) implements Observation {
        public Vote {
            ballots = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ballots));
        }

        /** The tally as the UN reports it: for-against-abstaining. */
        public String tally() {
            return votesFor + "-" + votesAgainst + "-" + abstentions;
        }
    }

    /**
     * How many counterspace acts an actor carried out in a period (zero is an observation too).
     *
     * @param id      observation id
     * @param actor   who acted
     * @param target  toward whom, or empty for any target
     * @param signals the signal ids counted ({@code inspector_deployment}, ...)
     * @param from    first day of the period (inclusive)
     * @param to      last day of the period (inclusive)
     * @param count   how many were observed
     * @param source  where it comes from
     * @param line    line in the file
     */
    public record Demonstrations(String id, String actor, String target, List<String> signals, LocalDate from,
                                 LocalDate to, int count, String source, int line) implements Observation {
        public Demonstrations {
            signals = List.copyOf(signals);
        }
    }

    /**
     * Whether a pair of actors reached the crisis threshold by a date.
     *
     * @param id       observation id
     * @param first    one actor of the pair
     * @param second   the other
     * @param by       the last day counted (inclusive)
     * @param occurred whether a crisis happened
     * @param source   where it comes from
     * @param line     line in the file
     */
    public record Crisis(String id, String first, String second, LocalDate by, boolean occurred, String source,
                         int line) implements Observation {
    }

    /**
     * Whether a channel was open on a date.
     *
     * @param id      observation id
     * @param channel the scenario's channel id
     * @param date    the day
     * @param open    whether it was open
     * @param source  where it comes from
     * @param line    line in the file
     */
    public record ChannelState(String id, String channel, LocalDate date, boolean open, String source, int line)
            implements Observation {
    }
}
