package org.detente.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.detente.scenario.Actors;
import org.detente.scenario.InputException;
import org.detente.scenario.InputFiles;
import org.detente.scenario.Problem;

/**
 * A user's additions to the coder's dictionaries, for a domain or a text the shipped ones do
 * not cover (a scenario's {@code dictionary:}, or {@code detente code --dictionary}). A
 * tab-separated file with a header row {@code kind phrase code provenance}; {@code #} starts a
 * comment line. Kinds:
 * <ul>
 *   <li>{@code actor}: a phrase naming an actor ({@code "tokyo"  JPN});</li>
 *   <li>{@code agent}: a nationality adjective naming an actor when an agent noun follows
 *       ({@code "swiss"  CHE}), or an agent noun ({@code "envoy"  agent});</li>
 *   <li>{@code pattern}: a phrase coding an event ({@code "voice * alarm"  111}), with a CAMEO
 *       code the coder knows a Goldstein weight for;</li>
 *   <li>{@code reporting}: a reporting phrase, its speaker {@code before} or {@code after} it.</li>
 * </ul>
 * Phrases follow the shipped files' rules (lower case matches surface form or lemma, upper
 * case must match case, {@code *} is one to three words, {@code /verb} a verb only). The
 * user's rows add to the shipped ones; a longer phrase wins as always.
 *
 * @param file     the file it was read from (null for none)
 * @param actors   actor rows
 * @param agents   agent rows
 * @param patterns pattern rows
 * @param reporting reporting rows
 */
public record UserDictionary(Path file, List<Resources.Row> actors, List<Resources.Row> agents,
                             List<Resources.Row> patterns, List<Resources.Row> reporting) {

    /** No additions. */
    public static final UserDictionary NONE = new UserDictionary(null, List.of(), List.of(), List.of(), List.of());

    private static final Set<String> KINDS = Set.of("actor", "agent", "pattern", "reporting");

    public UserDictionary {
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
        patterns = List.copyOf(patterns);
        reporting = List.copyOf(reporting);
    }

    /**
     * Reads a user dictionary, reporting every bad row at once with its line and column.
     *
     * @throws InputException if the file is missing, unreadable or has bad rows
     */
    public static UserDictionary read(Path file) throws InputException {
        String content = InputFiles.read(file, InputFiles.MAX_YAML_BYTES, "dictionary");
        List<Problem> problems = new ArrayList<>();
        List<Resources.Row> actors = new ArrayList<>();
        List<Resources.Row> agents = new ArrayList<>();
        List<Resources.Row> patterns = new ArrayList<>();
        List<Resources.Row> reporting = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (header) {
                header = false;
                if (f.length < 3 || !f[0].strip().equals("kind") || !f[1].strip().equals("phrase")
                        || !f[2].strip().equals("code")) {
                    problems.add(new Problem(file, number, "header", "expected the tab-separated header 'kind phrase"
                            + " code provenance'"));
                    break;
                }
                continue;
            }
            if (f.length < 3 || f.length > 4) {
                problems.add(new Problem(file, number, "", "expected 3 or 4 tab-separated columns (kind, phrase, code,"
                        + " provenance), found " + f.length));
                continue;
            }
            String kind = f[0].strip();
            String phrase = f[1].strip();
            String code = f[2].strip();
            if (!KINDS.contains(kind)) {
                problems.add(new Problem(file, number, "kind", "unknown kind '" + kind + "' (expected actor, agent,"
                        + " pattern or reporting)"));
                continue;
            }
            if (phrase.isEmpty()) {
                problems.add(new Problem(file, number, "phrase", "empty phrase"));
                continue;
            }
            String why = switch (kind) {
                case "actor" -> Actors.isKnown(code) ? null : "unknown actor code '" + code + "'";
                case "agent" -> code.equals(StanceCoder.AGENT) || Actors.isKnown(code) ? null
                        : "expected an actor code (for a nationality) or 'agent' (for an agent noun), found '" + code
                        + "'";
                case "pattern" -> code.matches("\\d{3,4}") && StanceCoder.knowsCameo(code) ? null
                        : "'" + code + "' is not a CAMEO code the coder has a Goldstein weight for";
                default -> code.equals("before") || code.equals("after") ? null
                        : "expected 'before' or 'after' (where the speaker stands), found '" + code + "'";
            };
            if (why != null) {
                problems.add(new Problem(file, number, "code", why));
                continue;
            }
            Resources.Row row = new Resources.Row(file.getFileName().toString(), number,
                    new String[] {phrase, code, f.length == 4 ? f[3].strip() : "user"});
            switch (kind) {
                case "actor" -> actors.add(row);
                case "agent" -> agents.add(row);
                case "pattern" -> patterns.add(row);
                default -> reporting.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new UserDictionary(file, actors, agents, patterns, reporting);
    }
}
