package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.detente.model.VoteBaseRates;
import org.detente.scenario.Experiment;
import org.detente.scenario.ExperimentReader;
import org.detente.scenario.PosteriorSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

    private static final Path SHIPPED = Path.of("scenarios/calibration/calibrate-2008-2023.yaml");

    @TempDir
    Path dir;

    /** The shipped targets are what the shipped data say about 2008-2023, recomputed here. */
    @Test
    void theShippedTargetsFollowFromTheRecordBefore2024() throws Exception {
        Experiment e = ExperimentReader.read(SHIPPED).orElseThrow();
        List<Experiment.Target> targets = e.calibration().orElseThrow().targets();
        List<CSVRecord> acts;
        try (var in = new InputStreamReader(VoteBaseRates.class.getResourceAsStream("counterspace-events.csv"),
                StandardCharsets.UTF_8)) {
            acts = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        List<String> kinds = List.of("rpo-near-foreign-satellite", "co-orbital-release", "da-asat-test",
                "jamming-reported", "laser-dazzling-reported");
        long russian = acts.stream().filter(r -> r.get("actor").equals("Russia") && kinds.contains(r.get("kind"))
                && r.get("date").compareTo("2015") >= 0 && r.get("date").compareTo("2024") < 0).count();
        long interferenceYears = acts.stream().filter(r -> r.get("kind").endsWith("-reported")
                && r.get("date").compareTo("2008") >= 0 && r.get("date").compareTo("2024") < 0)
                .map(r -> r.get("date").substring(0, 4)).distinct().count();
        assertEquals(interferenceYears / 16.0, observed(targets, "crisis_any_pair"), 1e-6);
        assertEquals(russian / 9.0, observed(targets, "counterspace_RUS"), 1e-6);
        assertEquals(2, targets.size(), "UN votes are not targets: the vote submodel starts from them");
    }

    private static double observed(List<Experiment.Target> targets, String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().observed();
    }

    /** A small calibration: posterior rows inside the prior, readable as a posterior sample, the same twice. */
    @Test
    void aSmallCalibrationWritesAReproduciblePosteriorInsideThePrior() throws Exception {
        Path experiment = dir.resolve("small.yaml");
        Files.writeString(experiment, Files.readString(SHIPPED)
                .replace("scenario: annual.yaml", "scenario: " + Path.of("scenarios/calibration/annual.yaml")
                        .toAbsolutePath())
                .replace("points: 1500", "points: 40").replace("replications: 40", "replications: 3")
                .replace("posterior_draws: 1000", "posterior_draws: 50").replace("accept: 0.1", "accept: 0.25"));
        String first = calibrate(experiment, dir.resolve("a"));
        assertEquals(first, calibrate(experiment, dir.resolve("b")));
        PosteriorSample sample = PosteriorSample.read(dir.resolve("a/posterior.csv"),
                new org.detente.scenario.ScenarioReader.DomainChecks() { });
        assertEquals(50, sample.size());
        assertEquals(List.of("noise_scale", "reaction_rate", "threat_gain", "deterrence_firmness"),
                sample.parameters());
        Experiment e = ExperimentReader.read(experiment).orElseThrow();
        for (double[] row : sample.rows()) {
            for (int j = 0; j < row.length; j++) {
                Experiment.Parameter p = e.design().orElseThrow().parameters().get(j);
                assertTrue(row[j] > p.min() && row[j] < p.max(), p.path() + " = " + row[j]);
            }
        }
        assertEquals(11, Files.readAllLines(dir.resolve("a/posterior-accepted.csv")).size(), "25% of 40 accepted");
    }

    @Test
    void aTargetOnAWordColumnWithoutEqualsIsRefusedBeforeAnythingRuns() throws Exception {
        Path experiment = dir.resolve("bad.yaml");
        Files.writeString(experiment, Files.readString(SHIPPED)
                .replace("scenario: annual.yaml", "scenario: " + Path.of("scenarios/calibration/annual.yaml")
                        .toAbsolutePath())
                .replace("    - column: crisis_any_pair\n", "    - column: unga_western_RUS\n      equals: againts\n      observed: 1\n"
                        + "    - column: unga_russian_USA\n      observed: 1\n    - column: crisis_any_pair\n"));
        Experiment e = ExperimentReader.read(experiment).orElseThrow();
        ScenarioCompiler.Compilation c = new ScenarioCompiler().compileExperiments(List.of(experiment),
                Optional.empty());
        org.detente.scenario.InputException x = org.junit.jupiter.api.Assertions.assertThrows(
                org.detente.scenario.InputException.class, () -> Calibration.check(e, new BatchPlan(c.cells(), 1, 0, 1)));
        assertTrue(x.getMessage().contains("is never 'againts'"), x.getMessage());
        assertTrue(x.getMessage().contains("holds words, not numbers"), x.getMessage());
        assertEquals(2, x.problems().size());
    }

    private static String calibrate(Path experimentFile, Path out) throws Exception {
        Files.createDirectories(out);
        Experiment e = ExperimentReader.read(experimentFile).orElseThrow();
        ScenarioCompiler.Compilation c = new ScenarioCompiler().compileExperiments(List.of(experimentFile),
                Optional.empty());
        BatchPlan plan = new BatchPlan(c.cells(), c.replications().orElseThrow(), c.masterSeed().orElseThrow(), 2);
        try (BatchWriter writer = new BatchWriter(out, plan)) {
            BatchRunner.runBlocks(plan, 0, writer, BatchRunner.Progress.NONE);
            writer.finish("test");
        }
        Calibration.fit(e, plan, out);
        return Files.readString(out.resolve("posterior.csv")) + Files.readString(out.resolve("calibration.json"))
                .replaceAll("\"experiment\" : \"[^\"]*\"", "");
    }
}
