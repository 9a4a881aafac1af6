package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.analysis.Hindcasts;
import org.detente.scenario.InputException;
import org.detente.scenario.Observed;
import org.detente.scenario.ObservedReader;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HindcastTest {

    @TempDir
    Path dir;

    /** The shipped hindcast scenario without its posterior (default parameters), in the temporary folder. */
    private Path scenario() throws Exception {
        ScenarioFiles.copySeedText(dir);
        String text = Files.readString(ScenarioFiles.shipped("hindcast-2024")).replaceAll("(?m)^posterior:.*$", "");
        return ScenarioFiles.write(dir, "hindcast.yaml", text);
    }

    @Test
    void the2024HindcastBeatsTheUniformForecastAndScoresEveryObservedQuantity() throws Exception {
        CompiledScenario scenario = new ScenarioCompiler().compile(scenario());
        Observed observed = ObservedReader.read(Path.of("scenarios/observed/2024.yaml"));
        Hindcasts.Result r = Hindcast.run(scenario, observed, 400, 20240424L, 2, BatchRunner.Progress.NONE);
        // 4 votes: outcome, tally, pattern, 3 counts and one row per listed ballot; 2 rows of acts; 1 crisis.
        int ballots = observed.observations().stream().filter(o -> o instanceof Observed.Vote)
                .mapToInt(o -> ((Observed.Vote) o).ballots().size()).sum();
        assertEquals(4 * 6 + ballots + 2 + 1, r.rows().size());
        double[] model = r.means(Hindcasts.Row::model);
        double[] uniform = r.means(Hindcasts.Row::uniform);
        assertTrue(model[0] < uniform[0], "mean Brier " + model[0] + " vs uniform " + uniform[0]);
        assertTrue(model[1] > uniform[1], "mean log score " + model[1] + " vs uniform " + uniform[1]);
        for (Hindcasts.Row row : r.rows()) {
            assertTrue(row.model().p() > 0 && row.model().p() < 1, row.quantity() + " is never certain");
            if (row.kind().equals("count")) {
                assertTrue(row.pit() >= 0 && row.pit() <= 1, row.quantity());
            }
        }
        Hindcasts.Row usa = r.rows().stream().filter(x -> x.quantity().equals("us_japan_draft.USA")).findFirst()
                .orElseThrow();
        assertEquals((400 + 0.5) / 401, usa.model().p(), 1e-12, "the sponsor always votes for");
        Path csv = dir.resolve("hindcast.csv");
        Hindcast.write(csv, r);
        assertEquals(1 + r.rows().size(), Files.readAllLines(csv).size());
        Hindcasts.Result again = Hindcast.run(scenario, observed, 400, 20240424L, 1, BatchRunner.Progress.NONE);
        Path csv2 = dir.resolve("again.csv");
        Hindcast.write(csv2, again);
        assertEquals(Files.readString(csv), Files.readString(csv2), "same seed, same bytes, whatever the threads");
    }

    @Test
    void theBaseRateTallyIsTheExactDistributionOfIndependentBallots() {
        double[] a = {0.5, 0.3, 0.2};
        double[] b = {0.1, 0.1, 0.8};
        double[] other = {0.6, 0.3, 0.1};
        double[][] d = Hindcast.VoteQuantities.tallyDistribution(List.of(a, b), other, 1, 3);
        double total = 0;
        for (double[] row : d) {
            for (double x : row) {
                total += x;
            }
        }
        assertEquals(1.0, total, 1e-12);
        // 3 for: all three for.
        assertEquals(0.5 * 0.1 * 0.6, d[3][0], 1e-12);
        // 0 for, 0 against (3 abstain).
        assertEquals(0.3 * 0.1 * 0.3, d[0][0], 1e-12);
        // 1 for, 2 against: a for, b and other against; or other for, a and b against.
        assertEquals(0.5 * 0.8 * 0.1 + 0.6 * 0.2 * 0.8 + 0.1 * 0.2 * 0.1, d[1][2], 1e-12);
    }

    @Test
    void anObservationTheScenarioCannotProduceIsRefusedWithItsLine() throws Exception {
        CompiledScenario scenario = new ScenarioCompiler().compile(scenario());
        Path observed = ScenarioFiles.write(dir, "observed.yaml", """
                start_date: 2024-02-21
                observations:
                  - id: wrong_day
                    type: vote
                    event: unsc_vote
                    date: 2024-04-25
                    outcome: vetoed
                    tally: 13-1-1
                    source: test
                """);
        InputException e = assertThrows(InputException.class, () -> Hindcast.run(scenario,
                ObservedReader.read(observed), 10, 1, 1, BatchRunner.Progress.NONE));
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("day 64") && e.getMessage().contains("day 63"), e.getMessage());
    }

    @Test
    void malformedObservationsAreAllReportedWithFileLineAndField() {
        Path observed = ScenarioFiles.write(dir, "bad.yaml", """
                start_date: 2024-02-21
                observations:
                  - id: early
                    type: crisis
                    pair: [USA, RUS]
                    by: 2023-12-31
                    occurred: false
                    source: test
                  - id: bad_tally
                    type: vote
                    event: unsc_vote
                    date: 2024-04-24
                    outcome: vetoed
                    tally: thirteen
                    source: test
                  - id: odd
                    type: rumour
                    source: test
                """);
        InputException e = assertThrows(InputException.class, () -> ObservedReader.read(observed));
        String message = e.getMessage();
        assertTrue(message.contains("bad.yaml:3") && message.contains("before start_date"), message);
        assertTrue(message.contains("tally") && message.contains("13-1-1"), message);
        assertTrue(message.contains("rumour"), message);
    }
}
