package org.detente.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Scenario fields by dotted path, on the YAML tree: {@code model.noise_scale},
 * {@code channels.dialogue.capacity_per_month}, {@code actors.USA.strategy},
 * {@code timeline.summit.day}. In a list, the segment after the list's name is the id of
 * an item. A missing last key of a mapping is created; everything else must exist. Values
 * replaced keep the line of what they replace, so a bad value is reported where it was.
 */
public final class ScenarioPaths {

    private ScenarioPaths() {
    }

    /** Why a path does not lead to a field of this scenario, or empty when it does. */
    public static Optional<String> check(Node root, String path) {
        try {
            set(copy(root), path, "0");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** A copy of the tree with each path set to its value (as YAML scalar text). */
    public static Node apply(Node root, Map<String, String> values) {
        Node copy = copy(root);
        values.forEach((path, value) -> set(copy, path, value));
        return copy;
    }

    private static void set(Node root, String path, String value) {
        String[] segments = path.split("\\.");
        Node node = root;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (node instanceof MappingNode mapping) {
                NodeTuple found = null;
                int index = -1;
                List<NodeTuple> tuples = mapping.getValue();
                for (int t = 0; t < tuples.size(); t++) {
                    if (tuples.get(t).getKeyNode() instanceof ScalarNode key && key.getValue().equals(segment)) {
                        found = tuples.get(t);
                        index = t;
                    }
                }
                if (last) {
                    ScalarNode key = scalar(segment, mapping);
                    ScalarNode newValue = scalar(value, found == null ? mapping : found.getValueNode());
                    if (found == null) {
                        tuples.add(new NodeTuple(key, newValue));
                    } else if (found.getValueNode() instanceof ScalarNode) {
                        tuples.set(index, new NodeTuple(found.getKeyNode(), newValue));
                    } else {
                        throw new IllegalArgumentException("'" + path + "' names a list or mapping, not a value");
                    }
                    return;
                }
                if (found == null) {
                    if (i == 0 && segment.equals("model")) {
                        MappingNode created = new MappingNode(Tag.MAP, true, new ArrayList<>(), mapping.getStartMark(),
                                mapping.getEndMark(), DumperOptions.FlowStyle.BLOCK);
                        tuples.add(new NodeTuple(scalar(segment, mapping), created));
                        node = created;
                        continue;
                    }
                    throw new IllegalArgumentException("'" + path + "': no field '" + segment + "'");
                }
                node = found.getValueNode();
            } else if (node instanceof SequenceNode sequence) {
                Node item = null;
                for (Node candidate : sequence.getValue()) {
                    if (candidate instanceof MappingNode m && idOf(m).equals(segment)) {
                        item = candidate;
                    }
                }
                if (item == null) {
                    throw new IllegalArgumentException("'" + path + "': no item with id '" + segment + "'");
                }
                if (last) {
                    throw new IllegalArgumentException("'" + path + "' names a list item, not a value");
                }
                node = item;
            } else {
                throw new IllegalArgumentException("'" + path + "': '" + segment + "' is inside a plain value");
            }
        }
    }

    private static String idOf(MappingNode m) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")
                    && t.getValueNode() instanceof ScalarNode v) {
                return v.getValue();
            }
        }
        return "";
    }

    private static ScalarNode scalar(String value, Node at) {
        return new ScalarNode(Tag.STR, value, at.getStartMark(), at.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
    }

    /** A deep copy of a tree (mappings, sequences and scalars; marks kept). */
    static Node copy(Node node) {
        if (node instanceof MappingNode m) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                tuples.add(new NodeTuple(copy(t.getKeyNode()), copy(t.getValueNode())));
            }
            return new MappingNode(m.getTag(), true, tuples, m.getStartMark(), m.getEndMark(), m.getFlowStyle());
        }
        if (node instanceof SequenceNode s) {
            List<Node> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(copy(item));
            }
            return new SequenceNode(s.getTag(), true, items, s.getStartMark(), s.getEndMark(), s.getFlowStyle());
        }
        ScalarNode scalar = (ScalarNode) node;
        return new ScalarNode(scalar.getTag(), scalar.getValue(), scalar.getStartMark(), scalar.getEndMark(),
                scalar.getScalarStyle());
    }
}
