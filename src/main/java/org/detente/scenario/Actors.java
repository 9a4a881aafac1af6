package org.detente.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The actor codes Détente knows: CAMEO/ISO-3 style codes for states, {@code ALL} for
 * the US's allies as one aggregate, and the UN Security Council's permanent members.
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

    static {
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

    /** Whether the code names a known actor. */
    public static boolean isKnown(String code) {
        return NAMES.containsKey(code);
    }

    /** The known codes in a fixed order. */
    public static Set<String> codes() {
        return NAMES.keySet();
    }

    /** The actor's name, or the code itself when unknown. */
    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** Whether the actor is the allied aggregate or a named ally. */
    public static boolean isAlly(String code) {
        return ALLIES.equals(code) || NAMED_ALLIES.contains(code);
    }
}
