package org.detente.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, located access to one YAML mapping. Every getter records a {@link Problem}
 * (file, line, field) instead of throwing, so a reader can report all problems at once.
 */
final class YamlMap {

    private final Path file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<Problem> problems;

    private YamlMap(Path file, String path, Node node, List<Problem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    /** Wraps a node that must be a mapping; records a problem and returns empty otherwise. */
    static Optional<YamlMap> of(Path file, String path, Node node, List<Problem> problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new Problem(file, line(node), path, "expected a mapping of field: value, found " + describe(node)));
            return Optional.empty();
        }
        YamlMap map = new YamlMap(file, path, node, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(new Problem(file, line(tuple.getKeyNode()), path, "field names must be plain words"));
                continue;
            }
            if (map.entries.putIfAbsent(key.getValue(), tuple) != null) {
                problems.add(new Problem(file, line(key), map.field(key.getValue()), "field given twice"));
            }
        }
        return Optional.of(map);
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return "nothing";
    }

    /** The line this mapping starts on. */
    int line() {
        return line(node);
    }

    /** The dotted path of a field of this mapping. */
    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Records a problem about a field of this mapping. */
    void problem(String name, String message) {
        NodeTuple tuple = entries.get(name);
        int at = tuple == null ? line() : line(tuple.getValueNode());
        problems.add(new Problem(file, at, field(name), message));
    }

    /** The line of a field's value, or of the mapping when it is absent. */
    int lineOf(String name) {
        NodeTuple tuple = entries.get(name);
        return tuple == null ? line() : line(tuple.getValueNode());
    }

    /** Reports every field not in {@code known}. */
    void rejectUnknown(Set<String> known) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.add(new Problem(file, line(e.getValue().getKeyNode()), field(e.getKey()),
                        "unknown field (expected one of: " + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        }
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    Optional<String> string(String name, boolean required) {
        NodeTuple tuple = entries.get(name);
        if (tuple == null) {
            if (required) {
                problems.add(new Problem(file, line(), field(name), "required field is missing"));
            }
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().trim());
        }
        problems.add(new Problem(file, line(tuple.getValueNode()), field(name),
                "expected a text value, found " + describe(tuple.getValueNode())));
        return Optional.empty();
    }

    <T> Optional<T> choice(String name, boolean required, Function<String, Optional<T>> parse, String expected) {
        return string(name, required).flatMap(text -> {
            Optional<T> value = parse.apply(text);
            if (value.isEmpty()) {
                problem(name, "unknown value '" + text + "' (expected one of: " + expected + ")");
            }
            return value;
        });
    }

    Optional<Double> number(String name, boolean required, double min, double max) {
        return string(name, required).flatMap(text -> {
            try {
                double value = Double.parseDouble(text);
                if (!(value >= min && value <= max)) {
                    problem(name, "value " + text + " is out of range [" + fmt(min) + ", " + fmt(max) + "]");
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                problem(name, "expected a number, found '" + text + "'");
                return Optional.empty();
            }
        });
    }

    Optional<Integer> integer(String name, boolean required, int min, int max) {
        return string(name, required).flatMap(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                    problem(name, "value " + text + " is out of range [" + min + ", " + max + "]");
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                problem(name, "expected a whole number, found '" + text + "'");
                return Optional.empty();
            }
        });
    }

    /** An ISO date ({@code 2024-02-21}). */
    Optional<java.time.LocalDate> date(String name, boolean required) {
        return string(name, required).flatMap(text -> {
            try {
                return Optional.of(java.time.LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                problem(name, "expected a date as YYYY-MM-DD, found '" + text + "'");
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(String name) {
        return string(name, false).flatMap(text -> {
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.parseBoolean(text));
            }
            problem(name, "expected true or false, found '" + text + "'");
            return Optional.empty();
        });
    }

    /** The items of a list field; a missing optional list is empty. */
    List<Node> list(String name, boolean required) {
        NodeTuple tuple = entries.get(name);
        if (tuple == null) {
            if (required) {
                problems.add(new Problem(file, line(), field(name), "required field is missing"));
            }
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(new Problem(file, line(tuple.getValueNode()), field(name),
                "expected a list, found " + describe(tuple.getValueNode())));
        return List.of();
    }

    /** A list of plain text items. */
    List<String> strings(String name, boolean required) {
        List<String> values = new ArrayList<>();
        List<Node> items = list(name, required);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().trim());
            } else {
                problems.add(new Problem(file, line(items.get(i)), field(name) + "[" + i + "]",
                        "expected a text value, found " + describe(items.get(i))));
            }
        }
        return values;
    }

    /** A node that must be a list of plain text items (an item of a list of lists). */
    static List<String> strings(Path file, String field, Node node, List<Problem> problems) {
        List<String> values = new ArrayList<>();
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(new Problem(file, line(node), field, "expected a list, found " + describe(node)));
            return values;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().trim());
            } else {
                problems.add(new Problem(file, line(item), field, "expected a text value, found " + describe(item)));
            }
        }
        return values;
    }

    /** Whether a field holds a single value rather than a list or mapping. */
    boolean isScalar(String name) {
        NodeTuple tuple = entries.get(name);
        return tuple != null && tuple.getValueNode() instanceof ScalarNode;
    }

    /** A nested mapping; empty when absent. */
    Optional<YamlMap> map(String name) {
        NodeTuple tuple = entries.get(name);
        return tuple == null ? Optional.empty() : of(file, field(name), tuple.getValueNode(), problems);
    }

    /** The field names in file order. */
    Set<String> names() {
        return entries.keySet();
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
