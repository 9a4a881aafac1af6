package org.detente.scenario;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a scenario file (YAML, format in {@code docs/scenarios.md}) into a
 * {@link Scenario}, reporting every problem at once with file, line and field.
 */
public final class ScenarioReader {

    private static final Set<String> TOP = Set.of("name", "description", "horizon_days", "crisis_threshold",
            "texts", "actors", "channels", "timeline", "model", "experiment", "attribution_weights", "start_date", "posterior", "dictionary", "allies", "blocs",
            "crisis_dyads");
    private static final Set<String> ACTOR = Set.of("id", "strategy", "forgiveness", "overrides", "statements_per_month");
    private static final Set<String> OVERRIDE = Set.of("dimension", "value", "reason");
    private static final Set<String> CHANNEL = Set.of("id", "kind", "members", "latency_days", "noise", "delivery",
            "visibility", "capacity_per_month", "open");
    private static final Set<String> EVENT_COMMON = Set.of("id", "day", "type", "enabled");
    private static final Map<String, Set<String>> EVENT_FIELDS = Map.of(
            "unsc-vote", Set.of("sponsor", "cosponsors", "draft", "elected"),
            "unga-vote", Set.of("sponsor", "cosponsors", "draft"),
            "demonstration", Set.of("actor", "target", "signal", "per_year"),
            "summit", Set.of("actors"),
            "suspend-channel", Set.of("channel"),
            "restore-channel", Set.of("channel"));

    private ScenarioReader() {
    }

    /**
     * Reads and validates a scenario file.
     *
     * @throws InputException listing every problem found, each with file, line and field
     */
    public static Scenario read(Path file) throws InputException {
        return read(file, compose(file));
    }

    /**
     * Checks only the model knows (parameter ranges, signal names), made while the file is
     * read, so that every problem of a file is reported at once, whatever its kind.
     */
    public interface DomainChecks {
        /** No checks beyond the file's own. */
        DomainChecks NONE = new DomainChecks() {
        };

        /** What is wrong with a model parameter's value, if anything. */
        default Optional<String> parameter(String name, double value) {
            return Optional.empty();
        }

        /** What is wrong with a signal id a timeline event names, if anything. */
        default Optional<String> signal(String id) {
            return Optional.empty();
        }
    }

    /** As {@link #read(Path, Node)}, with the model's own checks. */
    public static Scenario read(Path file, Node root, DomainChecks checks) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Optional<Scenario> scenario = YamlMap.of(file, "", root, problems)
                .flatMap(map -> scenario(file, map, problems, checks));
        if (!problems.isEmpty() || scenario.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new Problem(file, 0, "", "not a valid scenario"));
            }
            throw new InputException(problems);
        }
        return scenario.get();
    }

    /**
     * Parses a YAML file into SnakeYAML's node tree, which keeps the line of every key and
     * value.
     *
     * @throws InputException if the file is missing, not UTF-8, not YAML or empty
     */
    public static Node compose(Path file) throws InputException {
        String text = readText(file);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setNestingDepthLimit(MAX_DEPTH);
            options.setAllowRecursiveKeys(false);
            options.setCodePointLimit((int) InputFiles.MAX_YAML_BYTES);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new InputException(new Problem(file, line, "", "invalid YAML: " + problem.strip()));
        } catch (YAMLException e) {
            throw new InputException(new Problem(file, 0, "", "invalid YAML: " + e.getMessage()));
        }
        if (root == null) {
            throw new InputException(new Problem(file, 0, "", "the file is empty"));
        }
        checkTree(file, root, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return root;
    }

    /**
     * Validates a scenario from its node tree (as read, or with design-point values applied).
     *
     * @throws InputException listing every problem found, each with file, line and field
     */
    public static Scenario read(Path file, Node root) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Optional<Scenario> scenario = YamlMap.of(file, "", root, problems)
                .flatMap(map -> scenario(file, map, problems, DomainChecks.NONE));
        if (!problems.isEmpty() || scenario.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new Problem(file, 0, "", "not a valid scenario"));
            }
            throw new InputException(problems);
        }
        return scenario.get();
    }

    static String readText(Path file) throws InputException {
        return InputFiles.read(file, InputFiles.MAX_YAML_BYTES, "scenario or experiment");
    }

    /** The longest scenario name or event id: they are repeated on every row of the results. */
    static final int MAX_ID_LENGTH = 100;

    /** Aliases a file may use: enough for shared blocks, far from a "billion laughs". */
    static final int MAX_ALIASES = 50;
    /** Nesting a file may use: a scenario needs about five levels. */
    static final int MAX_DEPTH = 40;

    /**
     * Refuses a tree that refers to itself (a recursive alias) or nests deeper than
     * {@link #MAX_DEPTH}: reading such a tree would never end.
     */
    private static void checkTree(Path file, Node node, int depth, java.util.Set<Node> path, java.util.Set<Node> done)
            throws InputException {
        if (done.contains(node)) {
            return; // an alias to a node already checked: checked once, so a chain of aliases costs no more
        }
        if (depth > MAX_DEPTH) {
            throw new InputException(new Problem(file, node.getStartMark().getLine() + 1, "",
                    "nested more than " + MAX_DEPTH + " levels deep"));
        }
        if (!path.add(node)) {
            throw new InputException(new Problem(file, node.getStartMark().getLine() + 1, "",
                    "an alias refers to a node that contains it (a recursive alias)"));
        }
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                checkTree(file, t.getKeyNode(), depth + 1, path, done);
                checkTree(file, t.getValueNode(), depth + 1, path, done);
            }
        } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode s) {
            for (Node item : s.getValue()) {
                checkTree(file, item, depth + 1, path, done);
            }
        }
        path.remove(node);
        done.add(node);
    }

    private static Optional<Scenario> scenario(Path file, YamlMap map, List<Problem> problems, DomainChecks checks) {
        map.rejectUnknown(TOP);
        Optional<String> name = map.string("name", true);
        name.filter(n -> !n.matches("[A-Za-z0-9][A-Za-z0-9_.-]*"))
                .ifPresent(n -> map.problem("name", "use letters, digits, '_', '-' or '.', found '"
                        + (n.length() > 80 ? n.substring(0, 80) + "..." : n) + "'"));
        name.filter(n -> n.length() > MAX_ID_LENGTH).ifPresent(n -> map.problem("name", "at most " + MAX_ID_LENGTH
                + " characters (it names every row of the results), found " + n.length()));
        String description = map.string("description", false).orElse("");
        int horizon = map.integer("horizon_days", false, 1, Scenario.MAX_HORIZON_DAYS).orElse(Scenario.DEFAULT_HORIZON_DAYS);
        int threshold = map.integer("crisis_threshold", false, 1, 6).orElse(Scenario.DEFAULT_CRISIS_THRESHOLD);
        Optional<java.time.LocalDate> startDate = map.date("start_date", false);
        Optional<Path> dictionary = map.string("dictionary", false).map(dictionaryName -> {
            Path base = file.getParent() != null ? file.getParent() : Path.of("");
            return base.resolve(dictionaryName).normalize();
        });
        dictionary.filter(d -> !Files.isRegularFile(d)).ifPresent(d -> map.problem("dictionary", "no such file '" + d
                + "' (paths are relative to the scenario file)"));
        Optional<PosteriorSample> posterior = Optional.empty();
        Optional<String> posteriorName = map.string("posterior", false);
        if (posteriorName.isPresent()) {
            Path dir0 = file.getParent() != null ? file.getParent() : Path.of("");
            try {
                posterior = Optional.of(PosteriorSample.read(dir0.resolve(posteriorName.get()).normalize(), checks));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }

        Path dir = file.getParent() != null ? file.getParent() : Path.of("");
        List<Path> texts = new ArrayList<>();
        List<String> textNames = map.strings("texts", false);
        for (int i = 0; i < textNames.size(); i++) {
            Path text = dir.resolve(textNames.get(i)).normalize();
            if (!Files.isRegularFile(text)) {
                problems.add(new Problem(file, map.lineOf("texts") + i, "texts[" + i + "]",
                        "no such text file '" + textNames.get(i) + "' (paths are relative to the scenario file)"));
            } else {
                texts.add(text);
            }
        }

        List<ActorSpec> actors = actors(file, map, problems);
        Set<String> actorIds = new HashSet<>();
        actors.forEach(a -> actorIds.add(a.id()));
        List<ChannelSpec> channels = channels(file, map, actors, problems);
        Set<String> channelIds = new HashSet<>();
        channels.forEach(c -> channelIds.add(c.id()));
        List<TimelineEvent> timeline = timeline(file, map, actorIds, channelIds, horizon, problems, checks);

        Map<String, Double> parameters = new LinkedHashMap<>();
        Map<String, Integer> parameterLines = new HashMap<>();
        map.map("model").ifPresent(model -> {
            for (String key : model.names()) {
                model.number(key, true, -1e9, 1e9).ifPresent(v -> {
                    parameters.put(key, v);
                    parameterLines.put(key, model.lineOf(key));
                    checks.parameter(key, v).ifPresent(why -> model.problem(key, why));
                });
            }
        });

        Map<String, Double> weights = new LinkedHashMap<>();
        map.map("attribution_weights").ifPresent(w -> {
            for (String key : w.names()) {
                w.number(key, true, 0, 1).ifPresent(v -> weights.put(key, v));
            }
        });

        List<List<String>> blocs = blocs(map, actorIds);
        List<List<String>> crisisDyads = new ArrayList<>();
        List<Node> dyadItems = map.list("crisis_dyads", false);
        for (int i = 0; i < dyadItems.size(); i++) {
            List<String> pair = YamlMap.strings(file, "crisis_dyads[" + i + "]", dyadItems.get(i), problems);
            if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
                problems.add(new Problem(file, YamlMap.line(dyadItems.get(i)), "crisis_dyads[" + i + "]",
                        "expected two different actors, e.g. [USA, RUS]"));
            } else if (!actorIds.containsAll(pair)) {
                problems.add(new Problem(file, YamlMap.line(dyadItems.get(i)), "crisis_dyads[" + i + "]",
                        "names an actor the scenario does not have: " + pair));
            } else {
                crisisDyads.add(pair);
            }
        }

        if (map.has("actors") && actors.size() < 2 && problems.isEmpty()) {
            map.problem("actors", "a scenario needs at least two actors");
        }
        if (!problems.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        try {
            Scenario scenario = new Scenario(name.get(), description, file, horizon, threshold, texts, actors,
                    channels, timeline, parameters, parameterLines, weights, startDate, posterior, dictionary, blocs,
                    crisisDyads);
            for (List<String> dyad : scenario.crisisDyads()) {
                if (scenario.sameBloc(dyad.get(0), dyad.get(1))) {
                    map.problem("crisis_dyads", dyad.get(0) + " and " + dyad.get(1) + " are in one bloc, partners and"
                            + " not adversaries, so their crisis could never be the scenario's");
                    return Optional.empty();
                }
            }
            return Optional.of(scenario);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, map.line(), "", e.getMessage()));
            return Optional.empty();
        }
    }

    private static List<ActorSpec> actors(Path file, YamlMap map, List<Problem> problems) {
        List<ActorSpec> actors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> items = map.list("actors", true);
        for (int i = 0; i < items.size(); i++) {
            Optional<YamlMap> entry = YamlMap.of(file, "actors[" + i + "]", items.get(i), problems);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMap actor = entry.get();
            actor.rejectUnknown(ACTOR);
            Optional<String> id = actor.string("id", true);
            id.filter(code -> !Actors.isKnown(code)).ifPresent(code -> actor.problem("id",
                    "unknown actor '" + code + "': " + Actors.EXPECTED));
            id.filter(code -> Actors.isKnown(code) && !seen.add(code))
                    .ifPresent(code -> actor.problem("id", "actor '" + code + "' is listed twice"));
            StrategyName strategy = actor.choice("strategy", false, StrategyName::parse, StrategyName.keys())
                    .orElse(StrategyName.STANCE);
            double forgiveness = actor.number("forgiveness", false, 0, 1).orElse(ActorSpec.DEFAULT_FORGIVENESS);
            List<StanceOverride> overrides = overrides(file, actor, problems);
            double statements = actor.number("statements_per_month", false, 0, 300).orElse(Double.NaN);
            if (id.isPresent() && Actors.isKnown(id.get())) {
                actors.add(new ActorSpec(id.get(), strategy, forgiveness, overrides, statements, actor.line()));
            }
        }
        return actors;
    }

    /**
     * The blocs: {@code allies: [GBR, JPN]} (a bloc of the US, {@code ALL} if present, and
     * those) or {@code blocs: {west: [USA, GBR], east: [RUS, CHN]}}; empty for the default.
     */
    private static List<List<String>> blocs(YamlMap map, Set<String> actorIds) {
        List<List<String>> blocs = new ArrayList<>();
        if (map.has("allies") && map.has("blocs")) {
            map.problem("allies", "give allies: or blocs:, not both (allies: [..] is the US's bloc)");
            return blocs;
        }
        Set<String> seen = new HashSet<>();
        if (map.has("allies")) {
            List<String> allies = map.strings("allies", true);
            if (!actorIds.contains(Actors.USA)) {
                map.problem("allies", "allies are the US's: the scenario has no actor USA (use blocs:)");
                return blocs;
            }
            List<String> bloc = new ArrayList<>(List.of(Actors.USA));
            if (actorIds.contains(Actors.ALLIES) && !allies.contains(Actors.ALLIES)) {
                bloc.add(Actors.ALLIES);
            }
            for (String a : allies) {
                if (!actorIds.contains(a)) {
                    map.problem("allies", "'" + a + "' is not an actor of the scenario");
                } else if (a.equals(Actors.USA) || bloc.contains(a)) {
                    map.problem("allies", a.equals(Actors.USA) ? "USA heads the bloc; list only its allies"
                            : "'" + a + "' is listed twice");
                } else {
                    bloc.add(a);
                }
            }
            blocs.add(bloc);
            return blocs;
        }
        map.map("blocs").ifPresent(b -> {
            for (String name : b.names()) {
                List<String> members = b.strings(name, true);
                for (String m : members) {
                    if (!actorIds.contains(m)) {
                        b.problem(name, "'" + m + "' is not an actor of the scenario");
                    } else if (!seen.add(m)) {
                        b.problem(name, "'" + m + "' is in two blocs");
                    }
                }
                if (members.size() < 2) {
                    b.problem(name, "a bloc has at least two actors");
                }
                blocs.add(members);
            }
        });
        return blocs;
    }

    private static List<StanceOverride> overrides(Path file, YamlMap actor, List<Problem> problems) {
        List<StanceOverride> overrides = new ArrayList<>();
        List<Node> items = actor.list("overrides", false);
        for (int j = 0; j < items.size(); j++) {
            YamlMap.of(file, actor.field("overrides") + "[" + j + "]", items.get(j), problems).ifPresent(o -> {
                o.rejectUnknown(OVERRIDE);
                Optional<Dimension> dimension = o.choice("dimension", true, Dimension::parse, "D, R, T, TR, N, AL");
                Optional<Double> value = o.number("value", true, 0, 1);
                Optional<String> reason = o.string("reason", true);
                if (dimension.isPresent() && value.isPresent() && reason.isPresent()) {
                    overrides.add(new StanceOverride(dimension.get(), value.get(), reason.get(), o.line()));
                }
            });
        }
        return overrides;
    }

    private static List<ChannelSpec> channels(Path file, YamlMap map, List<ActorSpec> actors, List<Problem> problems) {
        List<ChannelSpec> channels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> actorIds = actors.stream().map(ActorSpec::id).toList();
        List<Node> items = map.list("channels", true);
        for (int i = 0; i < items.size(); i++) {
            Optional<YamlMap> entry = YamlMap.of(file, "channels[" + i + "]", items.get(i), problems);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMap channel = entry.get();
            channel.rejectUnknown(CHANNEL);
            Optional<String> id = channel.string("id", true);
            id.filter(c -> !seen.add(c)).ifPresent(c -> channel.problem("id", "channel '" + c + "' is listed twice"));
            Optional<ChannelKind> kind = channel.choice("kind", true, ChannelKind::parse, ChannelKind.keys());
            List<String> members = channel.has("members") ? channel.strings("members", false) : actorIds;
            for (String member : members) {
                if (!actorIds.contains(member)) {
                    channel.problem("members", "'" + member + "' is not an actor of this scenario (actors: "
                            + String.join(", ", actorIds) + ")");
                }
            }
            if (new HashSet<>(members).size() != members.size()) {
                channel.problem("members", "an actor is listed twice; a channel connects different actors");
            } else if (members.size() < 2) {
                channel.problem("members", "a channel connects at least two actors");
            }
            if (kind.isEmpty() || id.isEmpty()) {
                continue;
            }
            ChannelKind k = kind.get();
            int latency = channel.integer("latency_days", false, 0, 60).orElse(k.defaultLatencyDays());
            double noise = channel.number("noise", false, 0, 10).orElse(k.defaultNoise());
            double delivery = channel.number("delivery", false, 0.001, 1).orElse(k.defaultDelivery());
            boolean isPublic = channel.choice("visibility", false,
                            v -> v.equals("public") ? Optional.of(true) : v.equals("private") ? Optional.of(false) : Optional.empty(),
                            "public, private")
                    .orElse(k.publicByDefault());
            double capacity = channel.number("capacity_per_month", false, 0, 300).orElse(k.defaultCapacityPerMonth());
            boolean open = channel.bool("open").orElse(true);
            if (members.size() >= 2 && actorIds.containsAll(members)) {
                channels.add(new ChannelSpec(id.get(), k, members, latency, noise, delivery, isPublic, capacity, open,
                        channel.line()));
            }
        }
        return channels;
    }

    private static List<TimelineEvent> timeline(Path file, YamlMap map, Set<String> actors, Set<String> channels,
                                                int horizon, List<Problem> problems, DomainChecks checks) {
        List<TimelineEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Node> items = map.list("timeline", false);
        for (int i = 0; i < items.size(); i++) {
            Optional<YamlMap> entry = YamlMap.of(file, "timeline[" + i + "]", items.get(i), problems);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMap event = entry.get();
            Optional<String> type = event.choice("type", true,
                    t -> EVENT_FIELDS.containsKey(t) ? Optional.of(t) : Optional.empty(),
                    String.join(", ", EVENT_FIELDS.keySet().stream().sorted().toList()));
            if (type.isEmpty()) {
                continue;
            }
            Set<String> known = new HashSet<>(EVENT_COMMON);
            known.addAll(EVENT_FIELDS.get(type.get()));
            event.rejectUnknown(known);
            boolean recurring = type.get().equals("demonstration") && event.has("per_year");
            Optional<Integer> day = recurring && !event.has("day") ? Optional.of(0)
                    : event.integer("day", true, 0, horizon - 1);
            String id = event.string("id", false).orElse(type.get().replace('-', '_') + "_" + (i + 1));
            if (!id.matches("[A-Za-z][A-Za-z0-9_]{0," + (MAX_ID_LENGTH - 1) + "}")) {
                event.problem("id", "use letters, digits and '_', at most " + MAX_ID_LENGTH
                        + " (it names output columns), found '" + (id.length() > 80 ? id.substring(0, 80) + "..." : id)
                        + "'");
                continue;
            }
            if (!ids.add(id)) {
                event.problem("id", "event id '" + id + "' is used twice");
            }
            Optional<TimelineEvent> built = switch (type.get()) {
                case "unsc-vote", "unga-vote" -> {
                    List<String> cosponsors = event.strings("cosponsors", false);
                    boolean ok = true;
                    for (String c : cosponsors) {
                        if (!Actors.isKnown(c) || Actors.ALLIES.equals(c)) {
                            event.problem("cosponsors", "'" + c + "' is not a state's ISO 3166 alpha-3 code");
                            ok = false;
                        }
                    }
                    TimelineEvent.Body body = type.get().equals("unsc-vote") ? TimelineEvent.Body.SECURITY_COUNCIL
                            : TimelineEvent.Body.GENERAL_ASSEMBLY;
                    Optional<String> sponsor = actor(event, "sponsor", actors);
                    List<String> elected = event.strings("elected", false);
                    for (String c : elected) {
                        if (!Actors.isKnown(c) || Actors.ALLIES.equals(c) || Actors.PERMANENT_MEMBERS.contains(c)) {
                            event.problem("elected", "'" + c + "' is not an elected member Détente knows");
                            ok = false;
                        }
                    }
                    if (!elected.isEmpty() && body != TimelineEvent.Body.SECURITY_COUNCIL) {
                        event.problem("elected", "only a Security Council vote (unsc-vote) has elected members");
                        ok = false;
                    }
                    yield ok && sponsor.isPresent() && day.isPresent()
                            ? Optional.of(new TimelineEvent.SecurityCouncilVote(id, day.get(), sponsor.get(), cosponsors,
                            event.string("draft", false).orElse("draft resolution"), body, elected, event.line()))
                            : Optional.empty();
                }
                case "demonstration" -> {
                    Optional<String> actor = actor(event, "actor", actors);
                    Optional<String> target = actor(event, "target", actors);
                    Optional<String> signal = event.string("signal", true);
                    signal.flatMap(checks::signal).ifPresent(why -> event.problem("signal", why));
                    Optional<Double> perYear = recurring ? event.number("per_year", true, 0.0, 365.0)
                            : Optional.of(0.0);
                    yield actor.isPresent() && target.isPresent() && signal.isPresent() && day.isPresent()
                            && perYear.isPresent()
                            ? Optional.of(new TimelineEvent.CapabilityDemonstration(id, day.get(), actor.get(),
                            target.get(), signal.get(), perYear.get(), event.line()))
                            : Optional.empty();
                }
                case "summit" -> {
                    List<String> between = event.strings("actors", true);
                    boolean ok = true;
                    for (String a : between) {
                        if (!actors.contains(a)) {
                            event.problem("actors", "'" + a + "' is not an actor of this scenario");
                            ok = false;
                        }
                    }
                    if (between.size() < 2) {
                        event.problem("actors", "a summit needs at least two actors");
                        ok = false;
                    }
                    yield ok && day.isPresent()
                            ? Optional.of(new TimelineEvent.Summit(id, day.get(), between, event.line()))
                            : Optional.empty();
                }
                case "suspend-channel" -> channel(event, channels).flatMap(c -> day.map(d ->
                        new TimelineEvent.ChannelSuspended(id, d, c, event.line())));
                case "restore-channel" -> channel(event, channels).flatMap(c -> day.map(d ->
                        new TimelineEvent.ChannelRestored(id, d, c, event.line())));
                default -> Optional.empty();
            };
            // A design can switch a scripted event off (a summit held or not) without removing it.
            if (event.bool("enabled").orElse(true)) {
                built.ifPresent(events::add);
            }
        }
        return events;
    }

    private static Optional<String> actor(YamlMap event, String field, Set<String> actors) {
        Optional<String> actor = event.string(field, true);
        if (actor.isPresent() && !actors.contains(actor.get())) {
            event.problem(field, "'" + actor.get() + "' is not an actor of this scenario");
            return Optional.empty();
        }
        return actor;
    }

    private static Optional<String> channel(YamlMap event, Set<String> channels) {
        Optional<String> channel = event.string("channel", true);
        if (channel.isPresent() && !channels.contains(channel.get())) {
            event.problem("channel", "unknown channel '" + channel.get() + "' (channels: "
                    + String.join(", ", channels.stream().sorted().toList()) + ")");
            return Optional.empty();
        }
        return channel;
    }
}
