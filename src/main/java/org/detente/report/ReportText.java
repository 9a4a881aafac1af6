package org.detente.report;

import java.util.List;
import java.util.Map;

/**
 * The report's fixed prose: names of statistics in words, the glossary, methods and
 * limitations. Kept apart from the layout so the words can be read, and checked against the
 * model's documentation (docs/ODD.md), in one place.
 */
final class ReportText {

    private ReportText() {
    }

    /** Statistics of {@code stats.csv} by their names in words. */
    static final Map<String, String> STATISTICS = Map.ofEntries(
            Map.entry("crisis_probability", "probability of a crisis within the horizon"),
            Map.entry("mean_peak_rung", "mean highest rung reached"),
            Map.entry("mean_escalation_score", "mean escalation score, raw sum over the run"),
            Map.entry("mean_escalation_per_pair_day", "mean escalation score per actor pair and day"),
            Map.entry("median_days_to_crisis", "median days to a first crisis (Kaplan-Meier)"),
            Map.entry("paired_crisis_difference", "difference in crisis probability, paired runs"),
            Map.entry("unpaired_crisis_difference", "difference in crisis probability, independent samples"),
            Map.entry("log_rank_chi_square", "log-rank test of the time to a first crisis (chi-square)"),
            Map.entry("mann_whitney_u_escalation_score", "Mann-Whitney U of the escalation score"),
            Map.entry("vargha_delaney_a_escalation_score", "Vargha-Delaney A of the escalation score"),
            Map.entry("mann_whitney_u_escalation_per_pair_day",
                    "Mann-Whitney U of the escalation score per actor pair and day"),
            Map.entry("vargha_delaney_a_escalation_per_pair_day",
                    "Vargha-Delaney A of the escalation score per actor pair and day"),
            Map.entry("crisis_difference_alone", "lever alone: difference in crisis probability"),
            Map.entry("crisis_difference_main_effect", "lever main effect: difference in crisis probability"),
            Map.entry("crisis_difference_total", "all levers together: difference in crisis probability"),
            Map.entry("crisis_difference_interaction", "interaction of the levers: difference in crisis probability"),
            Map.entry("first_order", "first-order Sobol index"),
            Map.entry("total_order", "total Sobol index"));

    /** A statistic's name in words (underscores read as spaces for one not listed). */
    static String statistic(String name) {
        String known = STATISTICS.get(name);
        if (known != null) {
            return known;
        }
        return name.replace("mu_star", "mean absolute elementary effect").replace("mu on", "mean elementary effect on")
                .replace("sigma on", "spread of elementary effects on").replace('_', ' ');
    }

    /** A channel kind in words. */
    static String channelKind(String kind) {
        return switch (kind) {
            case "private-dialogue" -> "private dialogue";
            case "un-venue" -> "UN venue";
            case "allied-consultation" -> "allied consultation";
            case "public" -> "public statements";
            default -> kind.replace('-', ' ');
        };
    }

    /** A scripted event's description with signal names in words ("asat_test" is "ASAT test"). */
    static String event(String text) {
        return text.replace('_', ' ').replaceAll("\\basat\\b", "ASAT").replaceAll("\\brpo\\b", "RPO");
    }

    /** Strategies by their scenario names, in words. */
    static final Map<String, String> STRATEGIES = Map.of(
            "stance", "follows its coded stance",
            "tit-for-tat", "tit for tat",
            "generous-tit-for-tat", "generous tit for tat",
            "win-stay-lose-shift", "win-stay, lose-shift",
            "grit", "GRIT (unilateral conciliatory steps)",
            "deterrence", "deterrence first");

    /** A strategy in words. */
    static String strategy(String name) {
        return STRATEGIES.getOrDefault(name, name.replace('-', ' '));
    }

    /** The stance dimensions: key, name and what a high value means. */
    static final List<String[]> DIMENSIONS = List.of(
            new String[] {"D", "dialogue willingness", "how ready the actor says it is to talk and negotiate"},
            new String[] {"R", "resolve", "how firmly it signals it will stand its ground and deter"},
            new String[] {"T", "threat perception", "how threatening it finds the other side"},
            new String[] {"TR", "trust", "how far it trusts the other side to keep its word"},
            new String[] {"N", "norm commitment", "how committed it is to rules and the UN route"},
            new String[] {"AL", "alignment with the US", "for allies: how closely they side with the US"});

    /**
     * The glossary, as {term, definition} pairs in HTML (definitions are fixed text; the crisis
     * threshold and rung names are filled in by the caller).
     */
    static List<String[]> glossary(int threshold, List<String> rungs) {
        StringBuilder ladder = new StringBuilder();
        for (int i = 0; i < rungs.size(); i++) {
            ladder.append(i == 0 ? "" : ", ").append(i).append(" ").append(Html.escape(rungs.get(i)));
        }
        StringBuilder dims = new StringBuilder();
        for (String[] d : DIMENSIONS) {
            dims.append(dims.length() == 0 ? "" : "; ").append("<b>").append(d[0]).append("</b> ").append(d[1])
                    .append(" (").append(d[2]).append(")");
        }
        return List.of(
                new String[] {"stance", "An actor's position coded from the texts, six numbers from 0 to 1: " + dims
                        + ". 0.5 means the text says nothing either way (shown as <em>text silent</em>)."},
                new String[] {"c, n (beside a stance)", "<b>c</b> is the coder's confidence in the value, from 0 (no"
                        + " evidence) towards 1 (much evidence); <b>n</b> is the number of coded statements behind"
                        + " it."},
                new String[] {"escalation ladder, rung", "Seven steps of a space-security confrontation between two"
                        + " actors: " + ladder + ". Each pair of actors sits on one rung each day."},
                new String[] {"crisis", "A run reaches a crisis on the first day one of the scenario's crisis dyads"
                        + " (by default the US and Russia, in either direction; any pair of actors when the scenario"
                        + " has not both) stands at or above the crisis threshold, rung " + threshold + " ("
                        + Html.escape(rungs.get(Math.min(threshold, rungs.size() - 1))) + ") unless a scenario says"
                        + " otherwise. <em>P(crisis)</em> is the share of runs that do so within the horizon; the"
                        + " report also gives the share in which any pair of actors did, so that adding states cannot"
                        + " raise the headline by itself."},
                new String[] {"horizon", "The number of days each run simulates."},
                new String[] {"actors", "States by their ISO 3166 three-letter codes (USA, RUS, CHN, GBR ...);"
                        + " <b>ALL</b> is the US's allies and partners taken as one actor."},
                new String[] {"strategy", "How an actor chooses its signals: <em>follows its coded stance</em> (its"
                        + " posture moves with what it perceives); <em>tit for tat</em> answers in kind what it last"
                        + " perceived (Axelrod 1984), <em>generous</em> sometimes forgives; <em>win-stay, lose-shift</em>"
                        + " keeps a move that went well; <em>GRIT</em> makes announced conciliatory steps and"
                        + " continues them as they are reciprocated (Osgood 1962); <em>deterrence first</em> answers"
                        + " hostility with a firmer deed."},
                new String[] {"run, replication, seed", "One simulation of a scenario is a run. Each replication"
                        + " number has its own random seed, the same in every scenario of a batch, so run 7 of one"
                        + " scenario and run 7 of another meet the same chance events (common random numbers)."},
                new String[] {"paired difference", "Run r of one scenario minus run r of another, averaged: because"
                        + " the pair shares its chance events, most of the noise cancels and the interval is narrow."
                        + " Runs made with different seeds are compared as independent samples instead, with a"
                        + " wider interval, and the report says so."},
                new String[] {"percentage points", "The difference between two percentages: from 7% to 3% is"
                        + " -4 points (not -57%)."},
                new String[] {"95% interval", "The range that holds the true value in 95% of repeated batches, given"
                        + " the model: Wilson's for a probability, Student's t for a mean, Newcombe's for the"
                        + " difference of independent probabilities. It reflects the number of runs only, unless a"
                        + " section says it also holds parameter uncertainty."},
                new String[] {"escalation score", "Each signal an actor sends adds a weight for its category (after"
                        + " Rivera et al. 2024: negative for de-escalation, zero for the status quo, rising for"
                        + " posturing, non-violent and violent escalation, highest for nuclear signals). The raw sum"
                        + " grows with the number of actors and days, so the report divides it by actor pairs and"
                        + " days to compare scenarios of different sizes; it still grows with how often the channels"
                        + " are used, which is a lever. Below zero, de-escalating signals outweigh escalating ones."},
                new String[] {"misperception", "A signal the receiver reads as a different kind of act than the one"
                        + " sent (another escalation category), or as hostile when it was friendly or the"
                        + " reverse."},
                new String[] {"posture, hostility, trust", "Posture: how hostile an actor's stance toward another is,"
                        + " in Goldstein points below a neutral anchor. Hostility: how hostile it perceives the other"
                        + " to be. Trust: from 0 to 1, how far it expects the other to behave well."},
                new String[] {"hazard", "Of the runs still without a crisis at the start of a period, the share that"
                        + " enter one during it."},
                new String[] {"Vargha-Delaney A", "The chance that a run of the first scenario has a higher escalation"
                        + " score than a run of the second: 0.5 is no difference, 0.71 or more (or 0.29 or less) a"
                        + " large one."},
                new String[] {"p-value, Holm", "How often a difference at least this large would appear by chance if"
                        + " the scenarios were alike. With several comparisons, Holm's adjustment keeps the chance of"
                        + " any false alarm in the family below 5%. Read the effect and its interval first: with"
                        + " thousands of runs, tiny differences get small p-values."});
    }

    /** How the numbers were made. */
    static final String METHODS = "<p>Each scenario is simulated many times with MASON (an agent-based simulation"
            + " toolkit). Actors start from the stances coded from the scenario's texts; each day they send signals"
            + " through channels (private dialogue, public statements, allied consultation, the UN), the signals"
            + " arrive after a delay and may be misperceived, and each receiver updates its perceived hostility,"
            + " trust and threat, which move its posture and the pair's rung on the escalation ladder. A run ends"
            + " at the horizon. Everything random is drawn from the run's seed, so the same seed gives the same"
            + " run, byte for byte, on any machine and any number of threads.</p>"
            + "<p>Probabilities are shares of runs with Wilson 95% intervals; means have Student t intervals;"
            + " differences between scenarios are paired over runs that share their seed (Student t over the"
            + " pairs), else taken between independent samples (Newcombe's interval). Time to a first crisis is"
            + " compared with the log-rank test, escalation scores with the Mann-Whitney test and the Vargha-Delaney"
            + " effect size; p-values of several comparisons are adjusted by Holm's method. The full statistics are"
            + " in stats.csv, every run in runs.csv and every day's summary in timeseries.csv.</p>";

    /** What the numbers do not say. */
    static final String LIMITATIONS = "<ul>"
            + "<li>These are the model's outcomes under its assumptions, not forecasts: the rules of signalling,"
            + " perception and escalation are simplified from the literature (docs/ODD.md in the Détente"
            + " repository), and their parameters are uncertain. Where a section on parameter uncertainty is"
            + " present, its intervals are the ones to quote.</li>"
            + "<li>Stances are coded automatically from short texts; a misread sentence moves a stance. The stance"
            + " tables show the evidence behind each value, and scenarios can override a value with a stated"
            + " reason.</li>"
            + "<li>Tipping points: a result can change quickly across a narrow range of one parameter. The"
            + " sensitivity sections (where present) say which parameters matter and where the difference between"
            + " scenarios changes; a headline that holds only at the default parameters should not be acted on.</li>"
            + "<li>Left out: domestic politics, leaders' personalities, arms-control negotiations in detail, other"
            + " crises that compete for attention, the technical details of space systems, and third states beyond"
            + " those named in the scenario.</li>"
            + "<li>A probability near 0% or 100% says little about the size of a difference beyond it; more runs"
            + " narrow the intervals but cannot fix a model that saturates.</li>"
            + "</ul>";
}
