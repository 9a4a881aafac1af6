package org.detente.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.detente.analysis.AbcRegression;
import org.detente.analysis.Numbers;
import org.detente.model.RandomStreams;
import org.detente.scenario.Experiment;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * Approximate Bayesian computation of model parameters ({@code detente calibrate};
 * {@code docs/calibration.md}): the experiment's design points are draws from the prior (a
 * Latin hypercube over each parameter's range, so a uniform prior), each run for the
 * experiment's replications like any batch; each point's summary statistics (shares and
 * means over its runs, read back from {@code runs.csv} one row at a time) are compared with the
 * observed values, the nearest draws accepted and regression-adjusted ({@link AbcRegression},
 * Beaumont, Zhang and Balding 2002).
 *
 * <p>Rejection with regression adjustment rather than ABC-SMC: the simulations are one fixed
 * design, so they run, checkpoint, resume and reproduce byte for byte like any other batch,
 * and the adjustment recovers much of the accuracy SMC gains by sequential rounds (Beaumont
 * et al. 2002; Blum et al. 2013, Statistical Science 28:189).
 */
public final class Calibration {

    /** The child of the master seed whose stream resamples the posterior. */
    public static final long RESAMPLE_STREAM = -3;

    private Calibration() {
    }

    /**
     * A calibration's result.
     *
     * @param parameters model parameter names
     * @param prior      every design point's parameter values
     * @param summaries  every design point's summary statistics
     * @param posterior  the accepted, adjusted draws
     * @param sample     the equally weighted posterior sample written to {@code posterior.csv}
     * @param low        prior lower bounds
     * @param high       prior upper bounds
     */
    public record Result(List<String> parameters, double[][] prior, double[][] summaries,
                         AbcRegression.Posterior posterior, double[][] sample, double[] low, double[] high) {

        /** Parameter j's value at every prior draw (for charts). */
        public double[] priorValues(int j) {
            return column(prior, j);
        }

        /** Parameter j's value in every row of the posterior sample (for charts). */
        public double[] sampleValues(int j) {
            return column(sample, j);
        }

        private static double[] column(double[][] rows, int j) {
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = rows[i][j];
            }
            return values;
        }
    }

    /**
     * Checks, before anything runs, that every target names a column the batch's runs.csv will
     * have and a value that column can take, and that the design varies model parameters only.
     *
     * @throws InputException naming the experiment file, the target's line and the problem
     */
    public static void check(Experiment experiment, BatchPlan plan) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Experiment.Design design = experiment.design().orElseThrow();
        for (int j = 0; j < design.parameters().size(); j++) {
            Experiment.Parameter p = design.parameters().get(j);
            if (!p.path().startsWith("model.") || !p.isRange()) {
                problems.add(new Problem(experiment.file(), p.line(), "design.parameters[" + j + "].path",
                        "a calibration fits model parameters over ranges (model.NAME with min and max), not '"
                                + p.path() + "'"));
            }
        }
        List<String> header = new RunsCsv(plan.scenarios()).header();
        for (Experiment.Target t : experiment.calibration().orElseThrow().targets()) {
            String field = "calibration.targets." + t.name();
            if (!header.contains(t.column()) || List.of("scenario", "design_point", "replication", "seed")
                    .contains(t.column())) {
                problems.add(new Problem(experiment.file(), t.line(), field, "runs.csv has no outcome column '"
                        + t.column() + "' (it has: " + String.join(", ", header.subList(2, header.size())) + ")"));
                continue;
            }
            List<String> values = categories(plan).get(t.column());
            if (values != null && t.equals().isEmpty()) {
                problems.add(new Problem(experiment.file(), t.line(), field, "'" + t.column() + "' holds words, not"
                        + " numbers: give equals: (" + String.join(", ", values) + ") to target the share of runs"));
            } else if (values == null && !t.equals().isEmpty()) {
                problems.add(new Problem(experiment.file(), t.line(), field, "'" + t.column() + "' holds numbers: drop"
                        + " equals: (the target is the column's mean over a point's runs; for a 0/1 column, the share)"));
            } else if (values != null && t.column().endsWith("_tally") && !t.equals().matches("\\d+-\\d+-\\d+")) {
                problems.add(new Problem(experiment.file(), t.line(), field, "'" + t.equals() + "' is not a tally"
                        + " (for-against-abstaining, e.g. 13-1-1)"));
            } else if (values != null && !t.column().endsWith("_tally") && !values.contains(t.equals())) {
                problems.add(new Problem(experiment.file(), t.line(), field, "'" + t.column() + "' is never '"
                        + t.equals() + "' (it holds: " + String.join(", ", values) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** The runs.csv columns that hold words, with the words they can hold: each vote's outcome, tally and ballots. */
    private static Map<String, List<String>> categories(BatchPlan plan) {
        Map<String, List<String>> columns = new java.util.HashMap<>();
        List<String> ballots = List.of("for", "against", "abstain");
        for (CompiledScenario cell : plan.scenarios()) {
            for (String vote : cell.voteIds()) {
                columns.put(vote + "_outcome", List.of("adopted", "vetoed", "failed"));
                columns.put(vote + "_tally", List.of("a tally such as 13-1-1"));
                for (String member : RunsCsv.MEMBERS) {
                    columns.put(vote + "_" + member, ballots);
                }
            }
        }
        return columns;
    }

    /**
     * Fits the experiment's calibration to the finished batch in {@code folder} and writes
     * {@code posterior.csv}, {@code posterior-accepted.csv} and {@code calibration.json} there.
     *
     * @throws InputException if the experiment's design varies anything but model parameters, or a
     *                        target names a column runs.csv lacks
     */
    public static Result fit(Experiment experiment, BatchPlan plan, Path folder) throws IOException, InputException {
        check(experiment, plan);
        Experiment.Calibration calibration = experiment.calibration().orElseThrow();
        Experiment.Design design = experiment.design().orElseThrow();
        List<String> names = new ArrayList<>();
        double[] low = new double[design.parameters().size()];
        double[] high = new double[design.parameters().size()];
        for (int j = 0; j < design.parameters().size(); j++) {
            Experiment.Parameter p = design.parameters().get(j);
            names.add(p.path().substring("model.".length()));
            low[j] = p.min();
            high[j] = p.max();
        }
        int points = plan.scenarios().size();
        double[][] prior = new double[points][names.size()];
        for (CompiledScenario cell : plan.scenarios()) {
            for (int j = 0; j < names.size(); j++) {
                prior[cell.designPoint()][j] = Double.parseDouble(cell.design().get(design.parameters().get(j).path()));
            }
        }
        List<Experiment.Target> targets = calibration.targets();
        double[][] sums = new double[points][targets.size()];
        long[][] counts = new long[points][targets.size()];
        try (Reader reader = Files.newBufferedReader(folder.resolve("runs.csv"), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord r : csv) {
                int point = Integer.parseInt(r.get("design_point"));
                for (int k = 0; k < targets.size(); k++) {
                    Experiment.Target t = targets.get(k);
                    String value = r.get(t.column());
                    if (value.isEmpty()) {
                        continue;
                    }
                    sums[point][k] += t.equals().isEmpty() ? Double.parseDouble(value) : value.equals(t.equals()) ? 1 : 0;
                    counts[point][k]++;
                }
            }
        }
        double[][] summaries = new double[points][targets.size()];
        double[] observed = new double[targets.size()];
        for (int k = 0; k < targets.size(); k++) {
            observed[k] = targets.get(k).observed();
            for (int i = 0; i < points; i++) {
                summaries[i][k] = counts[i][k] == 0 ? 0 : sums[i][k] / counts[i][k];
            }
        }
        AbcRegression.Posterior posterior = AbcRegression.of(prior, summaries, observed, calibration.accept(), low, high);
        double[][] sample = posterior.resample(calibration.draws(),
                RandomStreams.generator(RandomStreams.child(plan.masterSeed(), RESAMPLE_STREAM))::nextDouble);
        Result result = new Result(List.copyOf(names), prior, summaries, posterior, sample, low, high);
        write(folder, experiment, plan, result);
        return result;
    }

    private static void write(Path folder, Experiment experiment, BatchPlan plan, Result r) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(folder.resolve("posterior.csv"),
                StandardCharsets.UTF_8), BatchWriter.CSV)) {
            List<String> header = new ArrayList<>(List.of("draw"));
            header.addAll(r.parameters());
            csv.printRecord(header);
            for (int i = 0; i < r.sample().length; i++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(i)));
                for (double x : r.sample()[i]) {
                    row.add(Numbers.format(x));
                }
                csv.printRecord(row);
            }
        }
        AbcRegression.Posterior p = r.posterior();
        List<Experiment.Target> targets = experiment.calibration().orElseThrow().targets();
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(folder.resolve("posterior-accepted.csv"),
                StandardCharsets.UTF_8), BatchWriter.CSV)) {
            List<String> header = new ArrayList<>(List.of("design_point", "weight"));
            r.parameters().forEach(n -> header.add(n + "_prior_draw"));
            r.parameters().forEach(n -> header.add(n + "_adjusted"));
            targets.forEach(t -> header.add(t.name()));
            csv.printRecord(header);
            for (int i = 0; i < p.accepted().length; i++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(p.accepted()[i]),
                        Numbers.format(p.weights()[i])));
                for (double x : p.raw()[i]) {
                    row.add(Numbers.format(x));
                }
                for (double x : p.adjusted()[i]) {
                    row.add(Numbers.format(x));
                }
                for (double x : r.summaries()[p.accepted()[i]]) {
                    row.add(Numbers.format(x));
                }
                csv.printRecord(row);
            }
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("method", "ABC rejection with local-linear regression adjustment (Beaumont, Zhang and Balding 2002),"
                + " Epanechnikov weights, summaries scaled by their median absolute deviation, parameters on the"
                + " logit scale of their prior range");
        root.put("experiment", experiment.file().toString());
        root.put("master_seed", plan.masterSeed());
        root.put("prior_draws", r.prior().length);
        root.put("replications_per_draw", plan.replications());
        root.put("accepted", p.accepted().length);
        root.put("acceptance_rate", round(p.acceptanceRate()));
        root.put("tolerance", round(p.tolerance()));
        root.put("effective_sample_size", round(p.effectiveSampleSize()));
        root.put("regression_adjusted", p.regressionApplied());
        root.put("posterior_sample", "posterior.csv: " + r.sample().length + " rows drawn by systematic resampling"
                + " (stream child(master_seed, " + RESAMPLE_STREAM + "))");
        ArrayNode parameters = root.putArray("parameters");
        for (int j = 0; j < r.parameters().size(); j++) {
            double[] raw = new double[p.accepted().length];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = p.raw()[i][j];
            }
            parameters.addObject().put("name", r.parameters().get(j)).put("prior", "uniform on [" + r.low()[j] + ", "
                            + r.high()[j] + "]").put("posterior_mean", round(p.mean(j))).put("posterior_sd", round(p.sd(j)))
                    .put("posterior_q05", round(p.quantile(j, 0.05))).put("posterior_q50", round(p.quantile(j, 0.5)))
                    .put("posterior_q95", round(p.quantile(j, 0.95)))
                    .put("rejection_mean", round(weightedMean(raw, p.weights())))
                    .put("rejection_q05", round(weightedQuantile(raw, p.weights(), 0.05)))
                    .put("rejection_q95", round(weightedQuantile(raw, p.weights(), 0.95)));
        }
        ArrayNode warnings = root.putArray("warnings");
        for (int k = 0; k < targets.size(); k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i : p.accepted()) {
                lo = Math.min(lo, r.summaries()[i][k]);
                hi = Math.max(hi, r.summaries()[i][k]);
            }
            double observed = targets.get(k).observed();
            if (observed < lo || observed > hi) {
                warnings.add(String.format(java.util.Locale.ROOT, "%s: the observed %s lies outside the accepted"
                                + " draws' range [%s, %s], so the regression adjustment extrapolates for it",
                        targets.get(k).name(), Numbers.format(observed), Numbers.format(lo), Numbers.format(hi)));
            }
        }
        ArrayNode stats = root.putArray("targets");
        for (int k = 0; k < targets.size(); k++) {
            double priorMean = 0;
            for (double[] s : r.summaries()) {
                priorMean += s[k] / r.summaries().length;
            }
            double acceptedMean = 0;
            double weights = 0;
            for (int i = 0; i < p.accepted().length; i++) {
                acceptedMean += p.weights()[i] * r.summaries()[p.accepted()[i]][k];
                weights += p.weights()[i];
            }
            Experiment.Target t = targets.get(k);
            stats.addObject().put("statistic", t.name()).put("observed", t.observed()).put("why", t.why())
                    .put("prior_predictive_mean", round(priorMean)).put("accepted_mean", round(acceptedMean / weights));
        }
        mapper.writeValue(folder.resolve("calibration.json").toFile(), root);
    }

    private static double weightedMean(double[] x, double[] w) {
        double s = 0;
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] * x[i];
            total += w[i];
        }
        return s / total;
    }

    /** The q quantile of x weighted by w: the least value whose cumulative weight reaches q. */
    private static double weightedQuantile(double[] x, double[] w, double q) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> x[i]).thenComparingInt(i -> i));
        double total = java.util.Arrays.stream(w).sum();
        double cumulative = 0;
        for (int i : order) {
            cumulative += w[i];
            if (cumulative >= q * total) {
                return x[i];
            }
        }
        return x[order[order.length - 1]];
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
