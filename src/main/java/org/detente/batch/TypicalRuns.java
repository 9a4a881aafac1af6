package org.detente.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.detente.analysis.RunOutcome;
import org.detente.analysis.RunStory;
import org.detente.scenario.InputException;

/**
 * The most typical crisis run of each scenario of a batch, and its story: the medoid of the
 * crisis runs by day of crisis and peak rung, run again (its seed is in {@code runs.csv}) with a
 * {@link Story}; {@code batch} writes it to {@code stories/NAME.png}, {@code .svg} and {@code .md}.
 */
public final class TypicalRuns {

    /** The folder of a batch that holds the stories. */
    public static final String FOLDER = "stories";

    private TypicalRuns() {
    }

    /**
     * The medoid of the crisis runs: the run whose (first crisis day, peak rung), each divided by
     * its standard deviation over the crisis runs, is nearest in sum of Euclidean distances to
     * every other crisis run's. Ties go to the earlier day, then the lower rung, then the lowest
     * replication. Empty without a crisis run. Runs with the same day and rung are counted
     * together, so the cost grows with the distinct (day, rung) pairs, not with the runs.
     */
    public static Optional<RunOutcome> medoid(List<RunOutcome> runs) {
        Map<Long, RunOutcome> first = new TreeMap<>(); // by (day, rung): its lowest replication
        Map<Long, Integer> count = new TreeMap<>();
        org.detente.analysis.Moments days = new org.detente.analysis.Moments();
        org.detente.analysis.Moments rungs = new org.detente.analysis.Moments();
        for (RunOutcome r : runs) {
            if (r.firstCrisisDay() < 0) {
                continue;
            }
            long key = (long) r.firstCrisisDay() << 8 | r.peakRung();
            first.merge(key, r, (a, b) -> a.replication() <= b.replication() ? a : b);
            count.merge(key, 1, Integer::sum);
            days.add(r.firstCrisisDay());
            rungs.add(r.peakRung());
        }
        if (days.n() == 0) {
            return Optional.empty();
        }
        double sdDay = scale(days);
        double sdRung = scale(rungs);
        List<Long> keys = new ArrayList<>(first.keySet()); // ascending day, then rung
        RunOutcome best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (long a : keys) {
            double cost = 0;
            for (long b : keys) {
                double dd = ((a >> 8) - (b >> 8)) / sdDay;
                double dr = ((a & 0xFF) - (b & 0xFF)) / sdRung;
                cost += count.get(b) * Math.sqrt(dd * dd + dr * dr);
            }
            if (cost < bestCost) { // strict: the first (earliest day, lowest rung) of equals stays
                bestCost = cost;
                best = first.get(a);
            }
        }
        return Optional.of(best);
    }

    /** A coordinate's standard deviation over the crisis runs, or 1 where it does not vary. */
    private static double scale(org.detente.analysis.Moments m) {
        double sd = m.sd();
        return sd > 0 ? sd : 1.0; // NaN (one run) and 0 fail the test
    }

    /**
     * A scenario's most typical crisis run and its story.
     *
     * @param scenario   the scenario's name
     * @param file       its file, as the batch was given it
     * @param run        the run (its replication and seed)
     * @param crisisRuns how many of the scenario's runs had a crisis (the medoid is one of them)
     * @param runs       how many runs the scenario had
     * @param story      its story, from running it again
     */
    public record Typical(String scenario, Path file, RunOutcome run, int crisisRuns, int runs, RunStory story) {

        /** The story's title. */
        public String title() {
            return "Most typical crisis run of " + scenario + ": replication " + run.replication();
        }

        /**
         * The story in Markdown, saying which run it is and how to replay it ({@code posterior}:
         * the batch drew its parameters from a posterior sample, which a single run cannot).
         */
        public String markdown(long masterSeed, boolean posterior) {
            return story.markdown(title()) + String.format(java.util.Locale.ROOT, "%nThe medoid of the scenario's"
                    + " %,d crisis runs (of %,d) by day of crisis and peak rung. ", crisisRuns, runs)
                    + (posterior ? "It ran with model parameters drawn from the posterior sample the batch was given"
                    + " (--posterior), which `detente run` and `detente view` do not take: they cannot replay it"
                    + " exactly.\n"
                    : "Replay it: `detente run " + file + " --seed " + masterSeed + " --replication "
                    + run.replication() + "` (or `detente view` with the same options).\n");
        }
    }

    /**
     * The most typical crisis run of every scenario of the plan that is one cell (no design of
     * several points) and had a crisis, found in the batch's {@code runs.csv} in {@code folder}
     * and run again with a {@link Story}. Reads nothing when no scenario is one cell.
     */
    public static List<Typical> find(BatchPlan plan, Path folder) throws InputException {
        Map<String, Integer> cells = new java.util.HashMap<>();
        plan.scenarios().forEach(c -> cells.merge(c.name(), 1, Integer::sum));
        if (cells.values().stream().noneMatch(n -> n == 1)) {
            return List.of();
        }
        Map<String, List<RunOutcome>> runs = BatchResults.read(folder).runs();
        List<Typical> found = new ArrayList<>();
        for (CompiledScenario cell : plan.scenarios()) {
            String name = cell.name();
            if (cells.get(name) != 1 || !runs.containsKey(name)) {
                continue; // a design of several points: its cells are labelled name#point
            }
            List<RunOutcome> all = runs.get(name);
            Optional<RunOutcome> typical = medoid(all);
            if (typical.isPresent()) {
                Story story = new Story(cell.scenario());
                Runs.run(cell, typical.get().replication(), typical.get().seed(), story);
                int crises = (int) all.stream().filter(r -> r.firstCrisisDay() >= 0).count();
                found.add(new Typical(name, cell.scenario().file(), typical.get(), crises, all.size(),
                        story.result()));
            }
        }
        return found;
    }
}
