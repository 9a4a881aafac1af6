package org.detente.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The actor codes Détente knows: any state by its ISO 3166 alpha-3 code (the 203 states of the
 * Phoenix country dictionary, {@code countries.tsv}), and {@code ALL} for the US's allies as
 * one aggregate; and the UN Security Council's permanent members.
 */
public final class Actors {

    /** The United States. */
    public static final String USA = "USA";
    /** Russia. */
    public static final String RUSSIA = "RUS";
    /** The US's allies and partners as one aggregate actor. */
    public static final String ALLIES = "ALL";
    /** China. */
    public static final String CHINA = "CHN";

    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final Map<String, String> COUNTRIES = countries();

    static {
        // Short names for the states the shipped scenarios use; countries.tsv names the rest.
        NAMES.put(USA, "United States");
        NAMES.put(RUSSIA, "Russia");
        NAMES.put(ALLIES, "US allies (aggregate)");
        NAMES.put(CHINA, "China");
        NAMES.put("GBR", "United Kingdom");
        NAMES.put("FRA", "France");
        NAMES.put("JPN", "Japan");
        NAMES.put("DEU", "Germany");
        NAMES.put("CAN", "Canada");
        NAMES.put("AUS", "Australia");
        NAMES.put("KOR", "South Korea");
        NAMES.put("ITA", "Italy");
        NAMES.put("IND", "India");
    }

    /** Named US allies; each also counts toward the aggregate {@link #ALLIES}. */
    public static final Set<String> NAMED_ALLIES = Set.of("GBR", "FRA", "JPN", "DEU", "CAN", "AUS", "KOR", "ITA");

    /** The five permanent members of the UN Security Council, who hold a veto, in the order votes list them. */
    public static final java.util.List<String> PERMANENT_MEMBERS_IN_ORDER = java.util.List.of(USA, RUSSIA, CHINA, "GBR", "FRA");

    /** The same as a set, for membership tests. */
    public static final Set<String> PERMANENT_MEMBERS = Set.copyOf(PERMANENT_MEMBERS_IN_ORDER);

    private Actors() {
    }

    /** Whether the code names a known actor: {@code ALL} or a state's ISO 3166 alpha-3 code. */
    public static boolean isKnown(String code) {
        return NAMES.containsKey(code) || COUNTRIES.containsKey(code);
    }

    /** The codes of the shipped scenarios' actors, in a fixed order (any state's code is known too). */
    public static Set<String> codes() {
        return NAMES.keySet();
    }

    /** Every state's code, in alphabetical order. */
    public static Set<String> states() {
        return COUNTRIES.keySet();
    }

    /** The actor's name, or the code itself when unknown. */
    public static String name(String code) {
        return NAMES.getOrDefault(code, COUNTRIES.getOrDefault(code, code));
    }

    /** Every state's name in lower case, to its code. */
    private static final Map<String, String> BY_NAME = byName();

    private static Map<String, String> byName() {
        Map<String, String> map = new java.util.HashMap<>();
        COUNTRIES.forEach((code, name) -> map.put(name.toLowerCase(java.util.Locale.ROOT), code));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The code of the state with this name in the Phoenix country dictionary ("Switzerland"), whatever its case. */
    public static java.util.Optional<String> stateNamed(String name) {
        return java.util.Optional.ofNullable(BY_NAME.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** What an actor code may be, for an error message. */
    public static final String EXPECTED = "expected ALL (the US's allies as one actor) or a state's ISO 3166 alpha-3"
            + " code, such as USA, RUS, CHN, GBR or IND (docs/scenarios.md lists where the codes come from)";

    private static Map<String, String> countries() {
        Map<String, String> map = new java.util.TreeMap<>();
        try (java.io.InputStream in = Actors.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv missing from the build");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                map.put(f[0], f[1]);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * The United States' treaty allies (ISO 3166 codes): the other members of NATO (2024) and the
     * parties to its Asia-Pacific defence treaties (Japan, South Korea, Australia, New Zealand, the
     * Philippines, Thailand). The stance coder counts each toward the allied aggregate, as its
     * codebook's "any US ally or partner" does; the model's own blocs use {@link #isAlly}.
     */
    public static final Set<String> TREATY_ALLIES = Set.of("ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST",
            "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL",
            "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "JPN", "KOR", "AUS", "NZL", "PHL", "THA");

    /** Whether the actor is the allied aggregate, a named ally or another treaty ally of the US. */
    public static boolean isTreatyAlly(String code) {
        return isAlly(code) || TREATY_ALLIES.contains(code);
    }

    /** Whether the actor is the allied aggregate or a named ally. */
    public static boolean isAlly(String code) {
        return ALLIES.equals(code) || NAMED_ALLIES.contains(code);
    }
}
