package org.detente.scenario;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A validated scenario: who acts, from which texts their stances come, how they can
 * signal, what is scripted, for how long, and what counts as a crisis.
 *
 * @param name             short name, used in results ({@code baseline})
 * @param description      one or two sentences for the report
 * @param file             the file it was read from
 * @param horizonDays      days simulated, 1 to 3650
 * @param crisisThreshold  ladder rung (1 to 6) at which a dyad is in crisis
 * @param texts            the texts whose coded stances start the actors
 * @param actors           the actors, in the order they act
 * @param channels         the channels
 * @param timeline         scripted events, in day order
 * @param modelParameters  model parameter values that differ from the defaults, by name
 * @param parameterLines   the line of each model parameter, for error messages
 * @param attributionWeights weight of the evidence reported through each attribution ({@code TASS}),
 *                         for down-weighting second-hand reports; 1 for attributions not listed
 * @param startDate        the calendar date of day 0, if the scenario gives one: what the model may
 *                         know is what was recorded before it (the UN votes its vote submodel
 *                         learns from), and observations are dated against it
 * @param posterior        a posterior sample of model parameters to run replications with, if any
 * @param dictionary       a user dictionary the coder adds to its own for this scenario's texts, if any
 * @param blocs            groups of actors that are not adversaries of one another (empty: the US,
 *                         {@code ALL} and the named US allies present form the one bloc, as
 *                         {@link Actors#isAlly} knows them)
 * @param crisisDyads      the pairs of actors whose crisis is the scenario's crisis (empty: the US
 *                         and Russia when both are present, else any pair of actors)
 */
public record Scenario(String name, String description, Path file, int horizonDays, int crisisThreshold,
                       List<Path> texts, List<ActorSpec> actors, List<ChannelSpec> channels,
                       List<TimelineEvent> timeline, Map<String, Double> modelParameters,
                       Map<String, Integer> parameterLines, Map<String, Double> attributionWeights,
                       Optional<java.time.LocalDate> startDate, Optional<PosteriorSample> posterior,
                       Optional<Path> dictionary, List<List<String>> blocs, List<List<String>> crisisDyads) {

    /** The rung at which a dyad is in crisis unless a scenario says otherwise (MODEL.md). */
    public static final int DEFAULT_CRISIS_THRESHOLD = 4;
    /** Days simulated unless a scenario says otherwise: one year. */
    public static final int DEFAULT_HORIZON_DAYS = 365;
    /** The longest horizon a scenario may have: ten years of days. */
    public static final int MAX_HORIZON_DAYS = 3650;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(posterior, "posterior");
        Objects.requireNonNull(dictionary, "dictionary");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("name must be letters, digits, '_', '-' or '.' but was '" + name + "'");
        }
        if (horizonDays < 1 || horizonDays > 3650) {
            throw new IllegalArgumentException("horizon_days must lie in [1,3650] but was " + horizonDays);
        }
        if (crisisThreshold < 1 || crisisThreshold > 6) {
            throw new IllegalArgumentException("crisis_threshold must lie in [1,6] but was " + crisisThreshold);
        }
        texts = List.copyOf(texts);
        actors = List.copyOf(actors);
        channels = List.copyOf(channels);
        timeline = timeline.stream().sorted(java.util.Comparator.comparingInt(TimelineEvent::day)).toList();
        // Ordered copies (Map.copyOf iterates in an order that changes from one JVM to the next).
        modelParameters = ordered(modelParameters);
        parameterLines = ordered(parameterLines);
        attributionWeights = ordered(attributionWeights);
        Set<String> ids = new HashSet<>();
        for (ActorSpec actor : actors) {
            if (!ids.add(actor.id())) {
                throw new IllegalArgumentException("actor " + actor.id() + " is listed twice");
            }
        }
        if (actors.size() < 2) {
            throw new IllegalArgumentException("a scenario needs at least two actors");
        }
        blocs = blocs.stream().map(List::copyOf).toList();
        crisisDyads = crisisDyads.stream().map(List::copyOf).toList();
        Set<String> inBloc = new HashSet<>();
        for (List<String> bloc : blocs) {
            for (String member : bloc) {
                if (!ids.contains(member)) {
                    throw new IllegalArgumentException("bloc member " + member + " is not an actor of the scenario");
                }
                if (!inBloc.add(member)) {
                    throw new IllegalArgumentException("actor " + member + " is in two blocs");
                }
            }
        }
        for (List<String> dyad : crisisDyads) {
            if (dyad.size() != 2 || dyad.get(0).equals(dyad.get(1)) || !ids.containsAll(dyad)) {
                throw new IllegalArgumentException("a crisis dyad is two different actors of the scenario: " + dyad);
            }
        }
    }

    /**
     * The blocs in force: those the scenario declares, or by default the US with {@code ALL}
     * and the named US allies it has (the camp of the shipped scenarios).
     */
    public List<List<String>> blocsInForce() {
        if (!blocs.isEmpty() || actor(Actors.USA).isEmpty()) {
            return blocs;
        }
        List<String> west = actors.stream().map(ActorSpec::id)
                .filter(id -> id.equals(Actors.USA) || Actors.isAlly(id)).toList();
        return west.size() > 1 ? List.of(west) : List.of();
    }

    /** Whether two actors are in one bloc (and so not adversaries). */
    public boolean sameBloc(String a, String b) {
        return blocsInForce().stream().anyMatch(bloc -> bloc.contains(a) && bloc.contains(b));
    }

    /** Whether an actor is in the US's bloc without being the US: an ally, whose alignment weighs what it shares. */
    public boolean isAlly(String id) {
        return !id.equals(Actors.USA) && sameBloc(Actors.USA, id);
    }

    /**
     * The pairs whose crisis is the scenario's crisis: as declared, or the US and Russia when
     * both are present; empty means any pair of actors.
     */
    public List<List<String>> crisisDyadsInForce() {
        if (!crisisDyads.isEmpty() || actor(Actors.USA).isEmpty() || actor(Actors.RUSSIA).isEmpty()) {
            return crisisDyads;
        }
        return List.of(List.of(Actors.USA, Actors.RUSSIA));
    }

    /** Whether the pair of {@code a} and {@code b}, either way round, is one of the crisis dyads in force. */
    public boolean isCrisisPair(String a, String b) {
        List<List<String>> named = crisisDyadsInForce();
        return named.isEmpty() || named.contains(List.of(a, b)) || named.contains(List.of(b, a));
    }

    /** This scenario run with another posterior sample (or none). */
    public Scenario withPosterior(Optional<PosteriorSample> sample) {
        return new Scenario(name, description, file, horizonDays, crisisThreshold, texts, actors, channels, timeline,
                modelParameters, parameterLines, attributionWeights, startDate, sample, dictionary, blocs, crisisDyads);
    }

    /** The actor with this code, if the scenario has it. */
    public Optional<ActorSpec> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The channel with this id, if the scenario has it. */
    public Optional<ChannelSpec> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
