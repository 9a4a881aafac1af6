package org.detente.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.analysis.RunStatistics;
import org.detente.analysis.TimeseriesStatistics;

/**
 * A chunk of a batch and its mergeable summary: what one machine can compute and send back.
 * A chunk is a range of run indices of a plan (runs are numbered scenario by scenario,
 * replication within scenario); its summary holds the accumulators of every scenario and
 * design point it touched and the runs' rows, and two summaries of adjacent chunks merge
 * into the summary of both.
 *
 * <p>Merging uses the pairwise formulas for means and variances (Chan, Golub and LeVeque
 * 1979) and adds histogram counts, so merged statistics agree with those of one pass to
 * rounding, not to the last bit; a single machine writes its results in one pass
 * ({@link BatchWriter}), which is what makes files byte-identical for any thread count.
 */
public final class Chunk {

    private Chunk() {
    }

    /**
     * The summary of a chunk.
     *
     * @param from  first run index (inclusive)
     * @param to    last run index (exclusive)
     * @param daily per-day accumulators by {@code name#point}
     * @param runs  per-run outcome accumulators by {@code name#point}
     * @param rows  the runs' results, in run order (what runs.csv rows are made of)
     */
    public record Summary(long from, long to, LinkedHashMap<String, TimeseriesStatistics> daily,
                          LinkedHashMap<String, RunStatistics> runs, List<RunResult> rows) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The summary of this chunk followed by the adjacent {@code next}. */
        public Summary merge(Summary next) {
            if (next.from != to) {
                throw new IllegalArgumentException("chunks must be adjacent: " + to + " and " + next.from);
            }
            LinkedHashMap<String, TimeseriesStatistics> d = new LinkedHashMap<>(daily);
            LinkedHashMap<String, RunStatistics> r = new LinkedHashMap<>(runs);
            next.daily.forEach((key, stats) -> d.merge(key, stats, (a, b) -> {
                a.merge(b);
                return a;
            }));
            next.runs.forEach((key, stats) -> r.merge(key, stats, (a, b) -> {
                a.merge(b);
                return a;
            }));
            List<RunResult> all = new ArrayList<>(rows);
            all.addAll(next.rows);
            return new Summary(from, next.to, d, r, all);
        }
    }

    /** Runs runs {@code from} (inclusive) to {@code to} (exclusive) of the plan and summarises them. */
    public static Summary run(BatchPlan plan, long from, long to) throws Exception {
        if (from < 0 || to > plan.totalRuns() || from > to) {
            throw new IllegalArgumentException("chunk [" + from + ", " + to + ") is outside the plan's "
                    + plan.totalRuns() + " runs");
        }
        Map<String, CompiledScenario> cells = new LinkedHashMap<>();
        plan.scenarios().forEach(s -> cells.put(s.name() + "#" + s.designPoint(), s));
        LinkedHashMap<String, TimeseriesStatistics> daily = new LinkedHashMap<>();
        LinkedHashMap<String, RunStatistics> runs = new LinkedHashMap<>();
        List<RunResult> rows = new ArrayList<>();
        BatchRunner.run(plan, from, to, result -> {
            String key = result.scenario() + "#" + result.designPoint();
            if (cells.get(key).keepsDaily()) {
                daily.computeIfAbsent(key, k -> new TimeseriesStatistics(cells.get(k).scenario().horizonDays()))
                        .add(result.daily(), result.bins());
            }
            runs.computeIfAbsent(key, k -> new RunStatistics()).add(result.crisis(), result.firstCrisisDay(),
                    result.anyPairCrisis(), result.peakRung(), result.escalationScore(), result.misperceptions());
            rows.add(result);
        }, BatchRunner.Progress.NONE);
        return new Summary(from, to, daily, runs, rows);
    }
}
