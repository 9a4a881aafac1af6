package org.detente.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.analysis.Intervals;
import org.detente.model.ModelEvent;
import org.detente.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 10 asks of the model, as tests that fail when it drifts: the shipped comparison
 * away from 0% and 100% with escalation above dialogue, a stationary baseline hazard, votes
 * near their recorded base rates, and the sign of the comparison across the uncertain
 * parameters. Fixed seeds; each tolerance is stated where it is used.
 */
@Tag("statistical")
class CredibilityTest {

    private static final long SEED = 20240424L;
    private static final ScenarioCompiler COMPILER = new ScenarioCompiler();

    @TempDir
    static Path dir;

    @BeforeAll
    static void copyTexts() {
        ScenarioFiles.copySeedText(dir);
    }

    private static int[] crises(CompiledScenario scenario, int replications) {
        int[] crisis = new int[replications];
        for (int r = 0; r < replications; r++) {
            crisis[r] = Runs.run(scenario, r, Runs.replicationSeed(SEED, r)).crisis() ? 1 : 0;
        }
        return crisis;
    }

    private static int sum(int[] x) {
        int s = 0;
        for (int v : x) {
            s += v;
        }
        return s;
    }

    private static CompiledScenario shippedWith(String name, String from, String to) throws Exception {
        String text = Files.readString(ScenarioFiles.shipped(name));
        assertTrue(text.contains(from), from);
        return COMPILER.compile(ScenarioFiles.write(dir, name + ".yaml", text.replace(from, to)));
    }

    @Test
    void theShippedScenariosStayAwayFromZeroAndCertaintyAndEscalationLiesAboveDialogue() throws Exception {
        int n = 2000;
        List<CompiledScenario> s = COMPILER.compileAll(List.of(ScenarioFiles.shipped("baseline"),
                ScenarioFiles.shipped("dialogue"), ScenarioFiles.shipped("escalation")));
        Intervals.Interval[] ci = new Intervals.Interval[3];
        for (int i = 0; i < 3; i++) {
            int c = sum(crises(s.get(i), n));
            ci[i] = Intervals.wilson(c, n, 0.95);
            assertTrue(c > 0.02 * n && c < 0.98 * n, s.get(i).name() + ": " + c + " crises in " + n);
        }
        assertTrue(ci[1].high() < ci[2].low(), "dialogue " + ci[1] + " below escalation " + ci[2]);
    }

    /** Year-3 hazard of a first crisis within a factor of 2 of year 1 (1,500 runs; the ratio's SE is about 0.15). */
    @Test
    void theBaselineHazardDoesNotClimbOrCollapseOverThreeYears() throws Exception {
        CompiledScenario threeYears = shippedWith("baseline", "horizon_days: 365", "horizon_days: 1095");
        int n = 1500;
        int[] events = new int[3];
        for (int r = 0; r < n; r++) {
            RunResult run = Runs.run(threeYears, r, Runs.replicationSeed(SEED, r));
            if (run.crisis()) {
                events[run.firstCrisisDay() / 365]++;
            }
        }
        double year1 = events[0] / (double) n;
        double year3 = events[2] / (double) (n - events[0] - events[1]);
        assertTrue(year3 > year1 / 2 && year3 < year1 * 2, "hazard year 1 " + year1 + ", year 3 " + year3);
    }

    /**
     * The 24 April 2024 vote as the baseline scripts it (US-Japan draft): Russia against in
     * most runs, the UK and France almost never, the recorded 13-1-1 with China abstaining in
     * at least 5% (1,000 runs: binomial SE under 1.6 points for each share).
     */
    @Test
    void theUsJapanDraftGetsVotesNearTheirRecordedBaseRates() throws Exception {
        CompiledScenario baseline = COMPILER.compile(ScenarioFiles.shipped("baseline"));
        int n = 1000;
        int russiaAgainst = 0;
        int britainOrFranceAgainst = 0;
        int recorded = 0;
        for (int r = 0; r < n; r++) {
            ModelEvent.VoteHeld vote = Runs.run(baseline, r, Runs.replicationSeed(SEED, r)).votes().get("unsc_vote");
            russiaAgainst += vote.votes().get("RUS").equals("against") ? 1 : 0;
            britainOrFranceAgainst += vote.votes().get("GBR").equals("against") || vote.votes().get("FRA").equals("against")
                    ? 1 : 0;
            recorded += vote.tally().equals("13-1-1") && vote.votes().get("CHN").equals("abstain")
                    && vote.votes().get("RUS").equals("against") && vote.outcome().equals("vetoed") ? 1 : 0;
        }
        assertTrue(russiaAgainst >= 0.5 * n, "Russia against in " + russiaAgainst);
        assertTrue(britainOrFranceAgainst < 0.08 * n, "UK or France against in " + britainOrFranceAgainst);
        assertTrue(recorded >= 0.05 * n, "13-1-1 with China abstaining in " + recorded);
    }

    /**
     * In the Council China votes by the Council's record once Russia has voted against a Western-led
     * draft, and by its Assembly record otherwise (China is not modelled here, so no support shifts
     * either). 1,000 runs: about 740 with Russia against (SE of a share under 1.9 points), about 260
     * without (under 3.1 points); tolerances 6 and 10 points.
     */
    @Test
    void chinaFollowsItsCouncilRecordOnlyBesideARussianVoteAgainst() throws Exception {
        CompiledScenario baseline = COMPILER.compile(ScenarioFiles.shipped("baseline"));
        int n = 1000;
        int[] abstain = new int[2];
        int[] runs = new int[2];
        for (int r = 0; r < n; r++) {
            ModelEvent.VoteHeld vote = Runs.run(baseline, r, Runs.replicationSeed(SEED, r)).votes().get("unsc_vote");
            int russiaAgainst = vote.votes().get("RUS").equals("against") ? 1 : 0;
            runs[russiaAgainst]++;
            abstain[russiaAgainst] += vote.votes().get("CHN").equals("abstain") ? 1 : 0;
        }
        double council = org.detente.model.CouncilRecord.standard()
                .givenPartnerAgainst("CHN", org.detente.model.VoteBaseRates.Bloc.WESTERN).orElseThrow().pAbstain();
        double assembly = org.detente.model.VoteBaseRates.standard()
                .member("CHN", org.detente.model.VoteBaseRates.Bloc.WESTERN).pAbstain();
        assertTrue(Math.abs(council - assembly) > 0.15, "the two records differ: " + council + " vs " + assembly);
        double beside = abstain[1] / (double) runs[1];
        double alone = abstain[0] / (double) runs[0];
        assertTrue(Math.abs(beside - council) < 0.06, "beside Russia's veto " + beside + ", record " + council);
        assertTrue(Math.abs(alone - assembly) < 0.10, "otherwise " + alone + ", Assembly record " + assembly);
    }

    /** A Russian-sponsored draft: the US votes against it in most runs, as it did in every recorded vote. */
    @Test
    void theUnitedStatesVotesAgainstARussianDraft() throws Exception {
        CompiledScenario russian = shippedWith("baseline", "    sponsor: USA\n    cosponsors: [JPN]",
                "    sponsor: RUS\n    cosponsors: [CHN]");
        int n = 500;
        int usAgainst = 0;
        for (int r = 0; r < n; r++) {
            ModelEvent.VoteHeld vote = Runs.run(russian, r, Runs.replicationSeed(SEED, r)).votes().get("unsc_vote");
            usAgainst += vote.votes().get("USA").equals("against") ? 1 : 0;
            assertTrue(!vote.votes().get("CHN").equals("against"), "a co-sponsor votes for its draft");
        }
        assertTrue(usAgainst >= 0.7 * n, "US against in " + usAgainst);
    }

    /**
     * Escalation minus dialogue, paired on common random numbers, is positive at each of six
     * points spread over the documented ranges of the uncertain parameters (400 runs a point).
     */
    @Test
    void escalationIsRiskierThanDialogueAcrossTheUncertainParameters() throws Exception {
        String[] points = {
            "observation_noise: 1.2\n  reaction_rate: 0.04\n  trust_loss: 0.1",
            "observation_noise: 2.8\n  reaction_rate: 0.065\n  trust_loss: 0.25",
            "observation_noise: 2.0\n  restraint_rate: 0.075\n  belief_half_life: 55",
            "observation_noise: 1.5\n  restraint_rate: 0.125\n  hostility_half_life: 20",
            "decision_noise: 1.4\n  material_resolve: 0.42\n  silent_prior_strength: 2.5",
            "decision_noise: 0.6\n  material_resolve: 0.68\n  silent_prior_strength: 7.5",
        };
        for (String point : points) {
            String model = "model:\n  " + point + "\ntimeline:";
            int[] dialogue = crises(shippedWith("dialogue", "timeline:", model), 400);
            int[] escalation = crises(shippedWith("escalation", "timeline:", model), 400);
            assertTrue(sum(escalation) > sum(dialogue), point.replace('\n', ' ') + ": escalation " + sum(escalation)
                    + ", dialogue " + sum(dialogue));
        }
    }

    /**
     * Only the Russian paragraph of the seed text changed: the hostile version raises the
     * baseline's risk and the conciliatory one lowers it, neither pinned near 0% or 100%
     * (2,000 runs each on common seeds). The conciliatory gap is small (about one point at
     * this seed, 0.3 to 1.0 at three others), so this checks the direction at the shipped seed.
     */
    @Test
    void theRussianParagraphMovesTheBaselineInTheExpectedDirection() throws Exception {
        int n = 2000;
        int baseline = sum(crises(COMPILER.compile(ScenarioFiles.shipped("baseline")), n));
        int hostile = sum(crises(COMPILER.compile(ScenarioFiles.shipped("variants/baseline-russia-hostile")), n));
        int conciliatory = sum(crises(COMPILER.compile(
                ScenarioFiles.shipped("variants/baseline-russia-conciliatory")), n));
        String counts = "conciliatory " + conciliatory + ", baseline " + baseline + ", hostile " + hostile;
        assertTrue(conciliatory < baseline && baseline < hostile, counts);
        assertTrue(conciliatory > 0.02 * n && hostile < 0.98 * n, counts);
    }

    /**
     * Minimal contrasts: the lever factorial's corners are the dialogue and escalation
     * scenarios run for run (so the scenarios differ in those five US and allied levers only).
     */
    @Test
    void theLeverFactorialsCornersAreTheDialogueAndEscalationScenarios() throws Exception {
        List<CompiledScenario> cells = COMPILER.compileExperiments(List.of(ScenarioFiles.shipped("levers")),
                java.util.Optional.empty()).cells();
        assertTrue(cells.size() == 32, cells.size() + " points");
        CompiledScenario dialogue = COMPILER.compile(ScenarioFiles.shipped("dialogue"));
        CompiledScenario escalation = COMPILER.compile(ScenarioFiles.shipped("escalation"));
        for (int r = 0; r < 150; r++) {
            long seed = Runs.replicationSeed(SEED, r);
            assertTrue(Runs.run(cells.get(0), r, seed).firstCrisisDay() == Runs.run(dialogue, r, seed).firstCrisisDay()
                    && Runs.run(cells.get(0), r, seed).signals() == Runs.run(dialogue, r, seed).signals(), "dialogue " + r);
            assertTrue(Runs.run(cells.get(31), r, seed).firstCrisisDay() == Runs.run(escalation, r, seed).firstCrisisDay()
                    && Runs.run(cells.get(31), r, seed).signals() == Runs.run(escalation, r, seed).signals(),
                    "escalation " + r);
        }
    }

    /**
     * The headline counts the scenario's crisis dyads, by default the US and Russia: with
     * Russia's counterspace activity aimed at the allied aggregate instead of the US, many
     * crises are between Russia and the allies, and the headline falls below the any-pair
     * count (never above it); naming Russia and the allies as the crisis dyad counts those.
     */
    @Test
    void theHeadlineCountsTheScenariosCrisisDyadsOnly() throws Exception {
        String text = Files.readString(ScenarioFiles.shipped("baseline"));
        CompiledScenario atAllies = COMPILER.compile(ScenarioFiles.write(dir, "at-allies.yaml",
                text.replace("    target: USA\n", "    target: ALL\n")));
        CompiledScenario named = COMPILER.compile(ScenarioFiles.write(dir, "at-allies-named.yaml",
                text.replace("    target: USA\n", "    target: ALL\n") + "crisis_dyads: [[RUS, ALL]]\n"));
        int n = 600;
        int any = 0;
        int usRussia = 0;
        int russiaAllies = 0;
        for (int r = 0; r < n; r++) {
            RunResult run = Runs.run(atAllies, r, Runs.replicationSeed(SEED, r));
            any += run.anyPairCrisis() ? 1 : 0;
            usRussia += run.crisis() ? 1 : 0;
            assertTrue(!run.crisis() || run.firstAnyPairCrisisDay() <= run.firstCrisisDay(), "run " + r);
            RunResult same = Runs.run(named, r, Runs.replicationSeed(SEED, r));
            org.junit.jupiter.api.Assertions.assertEquals(run.firstAnyPairCrisisDay(), same.firstAnyPairCrisisDay(),
                    "the same run, counted otherwise");
            russiaAllies += same.crisis() ? 1 : 0;
        }
        assertTrue(usRussia < 0.8 * any && any > 20, "any pair " + any + ", US-Russia " + usRussia);
        assertTrue(russiaAllies > usRussia && russiaAllies <= any, "Russia-allies " + russiaAllies);
        // In the shipped baseline, where Russia's activity is aimed at the US, nearly every crisis is.
        CompiledScenario baseline = COMPILER.compile(ScenarioFiles.shipped("baseline"));
        int baselineAny = 0;
        int baselinePair = 0;
        for (int r = 0; r < n; r++) {
            RunResult run = Runs.run(baseline, r, Runs.replicationSeed(SEED, r));
            baselineAny += run.anyPairCrisis() ? 1 : 0;
            baselinePair += run.crisis() ? 1 : 0;
        }
        assertTrue(baselinePair >= 0.9 * baselineAny && baselinePair > 0, baselinePair + " of " + baselineAny);
    }

    /**
     * Adding states does not saturate the headline: with the US, Russia, China and twelve US
     * allies (scenarios/scale/actors-16.yaml), some pair of actors is in crisis in most runs,
     * but the headline, the US-Russia dyad, is not pinned at 100%. Tolerances: 120 runs put a
     * 95% interval of about +-9 points around each share.
     */
    @Test
    void twelveAlliesDoNotPinTheHeadlineAtOneHundredPercent() throws Exception {
        CompiledScenario many = COMPILER.compile(java.nio.file.Path.of("scenarios/scale/actors-16.yaml"));
        int n = 120;
        int headline = 0;
        int anyPair = 0;
        for (int r = 0; r < n; r++) {
            RunResult run = Runs.run(many, r, Runs.replicationSeed(SEED, r));
            headline += run.crisis() ? 1 : 0;
            anyPair += run.anyPairCrisis() ? 1 : 0;
        }
        assertTrue(headline < 0.6 * n, "US-Russia crises in " + headline + " of " + n);
        assertTrue(headline > 0, "the US-Russia dyad can still reach a crisis");
        assertTrue(anyPair > headline + 0.15 * n, "any pair " + anyPair + " against the headline's " + headline);
    }
}
