package org.detente.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sample of model parameter values from a posterior distribution ({@code detente calibrate}
 * writes one), equally weighted: replication r of a batch runs with row {@code r mod size},
 * the same row in every scenario, so differences between policies keep common random numbers
 * and the spread of outcomes includes parameter uncertainty.
 *
 * <p>The file is CSV: a {@code draw} column, then one column per model parameter by its name
 * ({@code noise_scale}, ...). Parameters it does not name keep the scenario's values.
 *
 * @param file       the file it was read from
 * @param parameters the model parameter names, in column order
 * @param rows       the values, one row per draw, columns as {@code parameters}
 */
public record PosteriorSample(Path file, List<String> parameters, double[][] rows) {

    /** The most rows a posterior sample may have. */
    public static final int MAX_ROWS = 100_000;

    public PosteriorSample {
        Objects.requireNonNull(file, "file");
        parameters = List.copyOf(parameters);
        if (rows.length == 0) {
            throw new IllegalArgumentException("a posterior sample needs at least one row");
        }
    }

    /**
     * {@code draws} rows spread evenly through the sample (row floor(i size / draws) for
     * i = 0 .. draws - 1): fewer parameter sets, each then run by several replications, so a
     * batch can separate the spread between parameter sets from the spread within one.
     */
    public PosteriorSample spaced(int draws) {
        if (draws < 1 || draws > rows.length) {
            throw new IllegalArgumentException("draws must lie in [1, " + rows.length + "] but was " + draws);
        }
        double[][] picked = new double[draws][];
        for (int i = 0; i < draws; i++) {
            picked[i] = rows[(int) ((long) i * rows.length / draws)];
        }
        return new PosteriorSample(file, parameters, picked);
    }

    /** How many draws. */
    public int size() {
        return rows.length;
    }

    /** The parameter values replication {@code replication} runs with, by name. */
    public Map<String, Double> values(int replication) {
        double[] row = rows[Math.floorMod(replication, rows.length)];
        Map<String, Double> values = new LinkedHashMap<>();
        for (int j = 0; j < parameters.size(); j++) {
            values.put(parameters.get(j), row[j]);
        }
        return values;
    }

    /**
     * Reads a posterior sample, checking every value with {@code checks} (parameter names and ranges).
     *
     * @throws InputException naming the file, line and column of the first problems
     */
    public static PosteriorSample read(Path file, ScenarioReader.DomainChecks checks) throws InputException {
        String content = InputFiles.read(file, 16L << 20, "posterior sample");
        List<Problem> problems = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new java.io.StringReader(content);
             CSVParser csv = format.parse(reader)) {
            List<String> header = csv.getHeaderNames();
            if (header.isEmpty() || !header.get(0).equals("draw")) {
                throw new InputException(new Problem(file, 1, "draw", "the first column must be 'draw', then one"
                        + " column per model parameter"));
            }
            parameters.addAll(header.subList(1, header.size()));
            for (String name : parameters) {
                checks.parameter(name, Double.NaN).filter(why -> why.startsWith("unknown"))
                        .ifPresent(why -> problems.add(new Problem(file, 1, name, why)));
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems); // a wrong column name once, not once a row
            }
            for (CSVRecord r : csv) {
                if (rows.size() >= MAX_ROWS || problems.size() >= 10) {
                    break;
                }
                int line = (int) r.getRecordNumber() + 1;
                double[] row = new double[parameters.size()];
                for (int j = 0; j < parameters.size(); j++) {
                    String text = j + 1 < r.size() ? r.get(j + 1).strip() : "";
                    try {
                        row[j] = Double.parseDouble(text);
                        int column = j;
                        checks.parameter(parameters.get(j), row[j]).ifPresent(why ->
                                problems.add(new Problem(file, line, parameters.get(column), why)));
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(file, line, parameters.get(j), "expected a number, found '" + text + "'"));
                    }
                }
                rows.add(row);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(new Problem(file, 0, "", "cannot be read as CSV: " + e.getMessage()));
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(file, 2, "", "no draws: the file has a header but no rows"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new PosteriorSample(file, parameters, rows.toArray(double[][]::new));
    }
}
