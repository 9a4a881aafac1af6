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

    /** The shipped hindcast scenario with its shipped posterior, in the temporary folder. */
    private Path scenario() throws Exception {
        ScenarioFiles.copySeedText(dir);
        Files.createDirectories(dir.resolve("calibration"));
        Files.copy(Path.of("scenarios/calibration/posterior-2008-2023.csv"),
                dir.resolve("calibration/posterior-2008-2023.csv"));
        return ScenarioFiles.write(dir, "hindcast.yaml", Files.readString(ScenarioFiles.shipped("hindcast-2024")));
    }

    @Test
    void the2024HindcastBeatsTheUniformForecastAndScoresEveryObservedQuantity() throws Exception {
        CompiledScenario scenario = new ScenarioCompiler().compile(scenario());
        Observed observed = ObservedReader.read(Path.of("scenarios/observed/2024.yaml"));
        Hindcasts.Result r = Hindcast.run(scenario, observed, 400, 20240424L, 2, BatchRunner.Progress.NONE);
        assertTrue(scenario.scenario().posterior().isPresent(), "runs with the shipped posterior");
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
        // The exact 24 April pattern (13-1-1, Russia against, China abstaining): at least 5%, as the issue asks
        // (about 12% at 2,000 runs; 400 runs give a standard error under 1.7 points).
        Hindcasts.Row pattern = r.rows().stream().filter(x -> x.quantity().equals("us_japan_draft.pattern"))
                .findFirst().orElseThrow();
        assertTrue(pattern.model().p() >= 0.05, "24 April pattern " + pattern.model().p());
        Path csv = dir.resolve("hindcast.csv");
        Hindcast.write(csv, r);
        assertEquals(1 + r.rows().size(), Files.readAllLines(csv).size());
        Hindcasts.Result again = Hindcast.run(scenario, observed, 400, 20240424L, 1, BatchRunner.Progress.NONE);
        Path csv2 = dir.resolve("again.csv");
        Hindcast.write(csv2, again);
        assertEquals(Files.readString(csv), Files.readString(csv2), "same seed, same bytes, whatever the threads");
    }

    @Test
    void theBaseRateVoteIsTheDistributionOfIndependentBallotsWithAbsentees() {
        java.util.Map<String, double[]> named = new java.util.LinkedHashMap<>();
        named.put("DEU", new double[] {0.5, 0.3, 0.2});
        named.put("IND", new double[] {0.1, 0.1, 0.8});
        Observed.Vote v = new Observed.Vote("v", "e", java.time.LocalDate.of(2024, 1, 1), "adopted", 3, 0, 0,
                java.util.Map.of(), "test", 1);
        Hindcast.BaseRateVote all = Hindcast.BaseRateVote.simulate(named, java.util.Map.of(), new double[] {0.6, 0.3, 0.1}, 1, 0.0,
                false,
                v, new org.detente.model.RandomStream(1), 200_000);
        // Tolerances: 200,000 draws give a standard error under 0.0012 for these probabilities.
        assertEquals(0.5 * 0.1 * 0.6, all.forecast(all.tallies(), "3-0-0").p(), 0.004, "all three for");
        assertEquals(0.3 * 0.1 * 0.3, all.forecast(all.tallies(), "0-0-3").p(), 0.004, "all three abstain");
        assertEquals(0.5 * 0.8 * 0.1 + 0.6 * 0.2 * 0.8 + 0.1 * 0.2 * 0.1, all.forecast(all.tallies(), "1-2-0").p(),
                0.004, "one for, two against");
        Hindcast.BaseRateVote absent = Hindcast.BaseRateVote.simulate(named, java.util.Map.of(), new double[] {0.6, 0.3, 0.1}, 1,
                0.5, false, v, new org.detente.model.RandomStream(2), 200_000);
        double twoVotes = absent.tallies().entrySet().stream().filter(e -> java.util.Arrays.stream(e.getKey()
                .split("-")).mapToInt(Integer::parseInt).sum() == 2).mapToLong(java.util.Map.Entry::getValue).sum()
                / 200_000.0;
        assertEquals(0.5, twoVotes, 0.005, "the unlisted seat is absent half the time");
    }

    @Test
    void inTheCouncilAPartnersVoteAgainstSwitchesAPermanentMemberToItsCouncilRecord() {
        java.util.Map<String, double[]> named = new java.util.LinkedHashMap<>();
        named.put("RUS", new double[] {0.2, 0.2, 0.6});
        named.put("CHN", new double[] {0.1, 0.1, 0.8});
        named.put("GBR", new double[] {0.7, 0.2, 0.1});
        // China's Council record beside a Russian vote against; GBR's would apply only beside a US or French one.
        java.util.Map<String, double[]> conditional = java.util.Map.of("CHN", new double[] {0.1, 0.5, 0.4},
                "GBR", new double[] {0.0, 0.0, 1.0});
        Observed.Vote v = new Observed.Vote("v", "e", java.time.LocalDate.of(2024, 1, 1), "vetoed", 2, 1, 0,
                java.util.Map.of("CHN", "abstain"), "test", 1);
        Hindcast.BaseRateVote b = Hindcast.BaseRateVote.simulate(named, conditional, new double[] {1, 0, 0}, 0, 0.0,
                true, v, new org.detente.model.RandomStream(3), 200_000);
        // Tolerance: 200,000 draws give a standard error under 0.0012.
        assertEquals(0.6 * 0.5 + 0.4 * 0.1, b.ballot("CHN", "abstain").p(), 0.004, "China abstains");
        assertEquals(0.6 * 0.5 * 0.7, b.forecast(b.patterns(), "1-1-1 CHN:abstain").p(), 0.004,
                "Russia against, China abstaining, the UK by its own propensity");
        assertEquals(0.7, b.ballot("GBR", "for").p(), 0.004, "no Western partner voted against");
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
    void aVoteThatContradictsItselfIsRefused() throws Exception {
        CompiledScenario scenario = new ScenarioCompiler().compile(scenario());
        Path observed = ScenarioFiles.write(dir, "contradictory.yaml", """
                start_date: 2024-02-21
                observations:
                  - id: too_many
                    type: vote
                    event: unsc_vote
                    date: 2024-04-24
                    outcome: vetoed
                    tally: 14-1-1
                    source: test
                  - id: adopted_despite_veto
                    type: vote
                    event: rus_draft
                    date: 2024-05-20
                    outcome: adopted
                    tally: 13-1-1
                    votes: {USA: against, CHN: against}
                    source: test
                  - id: veto_without_a_no
                    type: vote
                    event: unsc_vote
                    date: 2024-04-24
                    outcome: vetoed
                    tally: 14-0-1
                    source: test
                  - id: sponsor_against
                    type: vote
                    event: rus_chn_amendment
                    date: 2024-04-24
                    outcome: failed
                    tally: 7-7-1
                    votes: {RUS: against}
                    source: test
                """);
        InputException e = assertThrows(InputException.class, () -> Hindcast.run(scenario,
                ObservedReader.read(observed), 10, 1, 1, BatchRunner.Progress.NONE));
        String message = e.getMessage();
        assertTrue(message.contains("14-1-1 counts 16 votes"), message);
        assertTrue(message.contains("2 listed members vote against but the tally 13-1-1 has 1"), message);
        assertTrue(message.contains("'adopted' contradicts"), message);
        assertTrue(message.contains("RUS sponsors or co-sponsors"), message);
        assertTrue(message.contains("'vetoed' contradicts the tally and ballots, which make it adopted"), message);
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
