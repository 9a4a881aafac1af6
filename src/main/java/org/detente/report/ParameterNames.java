package org.detente.report;

/**
 * Scenario parameter paths in words, for legends, axes and tables: a reader of the report
 * sees "dialogue channel contacts a month", not {@code channels.dialogue.capacity_per_month}.
 */
public final class ParameterNames {

    private ParameterNames() {
    }

    /** A parameter path in words: {@code actors.USA.strategy} is "USA strategy". */
    public static String words(String path) {
        String[] p = path.split("\\.");
        if (p.length == 3 && p[0].equals("actors")) {
            return switch (p[2]) {
                case "strategy" -> p[1] + " strategy";
                case "statements_per_month" -> p[1] + " public statements a month";
                default -> p[1] + " " + spaced(p[2]);
            };
        }
        if (p.length == 3 && p[0].equals("channels")) {
            return switch (p[2]) {
                case "open" -> p[1] + " channel open";
                case "capacity_per_month" -> p[1] + " channel contacts a month";
                case "latency_days" -> p[1] + " channel delay (days)";
                default -> p[1] + " channel " + spaced(p[2]);
            };
        }
        if (p.length == 3 && p[0].equals("timeline") && p[2].equals("enabled")) {
            return p[1] + " held";
        }
        if (p.length == 3 && p[0].equals("timeline")) {
            return p[1] + " " + spaced(p[2]);
        }
        if (p.length == 2 && p[0].equals("model")) {
            return spaced(p[1]);
        }
        return spaced(path);
    }

    private static String spaced(String key) {
        return key.replace('_', ' ');
    }
}
