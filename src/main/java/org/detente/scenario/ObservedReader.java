package org.detente.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an observations file (YAML, format in {@code docs/calibration.md}), reporting every
 * problem at once with file, line and field.
 */
public final class ObservedReader {

    private static final Set<String> TOP = Set.of("description", "start_date", "observations");
    private static final Set<String> COMMON = Set.of("id", "type", "source");
    private static final Set<String> VOTE = Set.of("event", "date", "outcome", "tally", "votes");
    private static final Set<String> DEMONSTRATIONS = Set.of("actor", "target", "signals", "from", "to", "count");
    private static final Set<String> CRISIS = Set.of("pair", "by", "occurred");
    private static final Set<String> CHANNEL = Set.of("channel", "date", "open");
    private static final List<String> BALLOTS = List.of("for", "against", "abstain");
    private static final List<String> OUTCOMES = List.of("adopted", "vetoed", "failed");

    private ObservedReader() {
    }

    /**
     * Reads an observations file.
     *
     * @throws InputException if it is malformed
     */
    public static Observed read(Path file) throws InputException {
        Node root = ScenarioReader.compose(file);
        List<Problem> problems = new ArrayList<>();
        Optional<YamlMap> top = YamlMap.of(file, "", root, problems);
        if (top.isEmpty()) {
            throw new InputException(problems);
        }
        YamlMap map = top.get();
        map.rejectUnknown(TOP);
        String description = map.string("description", false).orElse("");
        Optional<LocalDate> start = map.date("start_date", true);
        List<Observed.Observation> observations = new ArrayList<>();
        List<Node> items = map.list("observations", true);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<YamlMap> entry = YamlMap.of(file, "observations[" + i + "]", items.get(i), problems);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMap o = entry.get();
            Optional<String> id = o.string("id", true);
            id.filter(x -> !x.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")).ifPresent(x ->
                    o.problem("id", "use at most 100 letters, digits, '_', '-' or '.', found '" + x + "'"));
            id.filter(x -> !ids.add(x)).ifPresent(x -> o.problem("id", "'" + x + "' is used twice"));
            Optional<String> type = o.choice("type", true, t -> List.of("vote", "demonstrations", "crisis", "channel")
                    .contains(t) ? Optional.of(t) : Optional.empty(), "vote, demonstrations, crisis, channel");
            String source = o.string("source", true).orElse("");
            if (id.isEmpty() || type.isEmpty()) {
                continue;
            }
            Set<String> known = new HashSet<>(COMMON);
            Optional<? extends Observed.Observation> observation = switch (type.get()) {
                case "vote" -> {
                    known.addAll(VOTE);
                    yield vote(o, id.get(), source);
                }
                case "demonstrations" -> {
                    known.addAll(DEMONSTRATIONS);
                    yield demonstrations(o, id.get(), source, start);
                }
                case "crisis" -> {
                    known.addAll(CRISIS);
                    yield crisis(o, id.get(), source);
                }
                default -> {
                    known.addAll(CHANNEL);
                    yield channel(o, id.get(), source);
                }
            };
            o.rejectUnknown(known);
            observation.ifPresent(observations::add);
        }
        if (start.isPresent()) {
            for (Observed.Observation o : observations) {
                for (LocalDate date : dates(o)) {
                    if (date.isBefore(start.get())) {
                        problems.add(new Problem(file, o.line(), "observations." + o.id(), "dated " + date
                                + ", before start_date " + start.get() + ": only what followed the start can be scored"));
                    }
                }
            }
        }
        if (!problems.isEmpty() || start.isEmpty()) {
            throw new InputException(problems);
        }
        return new Observed(file, description, start.get(), observations);
    }

    /** The dates an observation refers to. */
    public static List<LocalDate> dates(Observed.Observation o) {
        if (o instanceof Observed.Vote v) {
            return List.of(v.date());
        }
        if (o instanceof Observed.Demonstrations d) {
            return List.of(d.from(), d.to());
        }
        if (o instanceof Observed.Crisis c) {
            return List.of(c.by());
        }
        return List.of(((Observed.ChannelState) o).date());
    }

    private static Optional<Observed.Vote> vote(YamlMap o, String id, String source) {
        Optional<String> event = o.string("event", true);
        Optional<LocalDate> date = o.date("date", true);
        Optional<String> outcome = o.choice("outcome", true, x -> OUTCOMES.contains(x) ? Optional.of(x)
                : Optional.empty(), String.join(", ", OUTCOMES));
        Optional<int[]> tally = o.string("tally", true).flatMap(text -> {
            String[] parts = text.split("-");
            try {
                if (parts.length == 3) {
                    int[] t = {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                        Integer.parseInt(parts[2].strip())};
                    if (t[0] >= 0 && t[1] >= 0 && t[2] >= 0 && t[0] + t[1] + t[2] <= 193) {
                        return Optional.of(t);
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            o.problem("tally", "expected for-against-abstaining, e.g. 13-1-1, found '" + text + "'");
            return Optional.empty();
        });
        Map<String, String> ballots = new LinkedHashMap<>();
        o.map("votes").ifPresent(votes -> {
            for (String member : votes.names()) {
                if (!Actors.isKnown(member) || Actors.ALLIES.equals(member)) {
                    votes.problem(member, "'" + member + "' is not a state Détente knows");
                    continue;
                }
                votes.choice(member, true, x -> BALLOTS.contains(x) ? Optional.of(x) : Optional.empty(),
                        String.join(", ", BALLOTS)).ifPresent(b -> ballots.put(member, b));
            }
        });
        if (event.isEmpty() || date.isEmpty() || outcome.isEmpty() || tally.isEmpty()) {
            return Optional.empty();
        }
        int[] t = tally.get();
        return Optional.of(new Observed.Vote(id, event.get(), date.get(), outcome.get(), t[0], t[1], t[2], ballots,
                source, o.line()));
    }

    private static Optional<Observed.Demonstrations> demonstrations(YamlMap o, String id, String source,
                                                                   Optional<LocalDate> start) {
        Optional<String> actor = o.string("actor", true);
        actor.filter(a -> !Actors.isKnown(a)).ifPresent(a -> o.problem("actor", "'" + a + "' is not an actor Détente knows"));
        String target = o.string("target", false).orElse("");
        if (!target.isEmpty() && !Actors.isKnown(target)) {
            o.problem("target", "'" + target + "' is not an actor Détente knows");
        }
        List<String> signals = o.strings("signals", true);
        Optional<LocalDate> from = o.has("from") ? o.date("from", true) : start;
        Optional<LocalDate> to = o.date("to", true);
        Optional<Integer> count = o.integer("count", true, 0, 100_000);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            o.problem("to", to.get() + " is before from " + from.get());
        }
        if (actor.isEmpty() || signals.isEmpty() || from.isEmpty() || to.isEmpty() || count.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Observed.Demonstrations(id, actor.get(), target, signals, from.get(), to.get(),
                count.get(), source, o.line()));
    }

    private static Optional<Observed.Crisis> crisis(YamlMap o, String id, String source) {
        List<String> pair = o.strings("pair", true);
        if (pair.size() != 2) {
            o.problem("pair", "expected two actors, e.g. [USA, RUS], found " + pair.size());
        }
        Optional<LocalDate> by = o.date("by", true);
        Optional<Boolean> occurred = o.bool("occurred");
        if (!o.has("occurred")) {
            o.problem("occurred", "required field is missing");
        }
        if (pair.size() != 2 || by.isEmpty() || occurred.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Observed.Crisis(id, pair.get(0), pair.get(1), by.get(), occurred.get(), source, o.line()));
    }

    private static Optional<Observed.ChannelState> channel(YamlMap o, String id, String source) {
        Optional<String> channel = o.string("channel", true);
        Optional<LocalDate> date = o.date("date", true);
        Optional<Boolean> open = o.bool("open");
        if (!o.has("open")) {
            o.problem("open", "required field is missing");
        }
        if (channel.isEmpty() || date.isEmpty() || open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Observed.ChannelState(id, channel.get(), date.get(), open.get(), source, o.line()));
    }
}
