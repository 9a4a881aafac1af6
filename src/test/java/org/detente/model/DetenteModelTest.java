package org.detente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.detente.scenario.Scenario;
import org.detente.scenario.ScenarioFiles;
import org.detente.scenario.ScenarioReader;
import org.detente.scenario.Stance;

class DetenteModelTest {

    private static ModelSetup setup(String name) throws Exception {
        Scenario scenario = ScenarioReader.read(ScenarioFiles.shipped(name));
        Stance s = Stance.silent();
        return new ModelSetup(scenario, Map.of("USA", s, "RUS", s, "ALL", s), ModelParameters.defaults(),
                SignalCatalogue.standard());
    }

    @org.junit.jupiter.api.Test
    void setupKeepsStancesInTheOrderGiven() throws Exception {
        // Manifests and reports list stances from the setup: its order must not change from one
        // JVM to the next (Map.copyOf's does).
        Map<String, Stance> stances = new java.util.LinkedHashMap<>();
        for (String id : java.util.List.of("USA", "RUS", "ALL", "CHN", "GBR", "FRA", "JPN", "DEU", "IND", "BRA")) {
            stances.put(id, Stance.silent());
        }
        ModelSetup setup = new ModelSetup(ScenarioReader.read(ScenarioFiles.shipped("baseline")), stances,
                ModelParameters.defaults(), SignalCatalogue.standard());
        assertEquals(java.util.List.copyOf(stances.keySet()), java.util.List.copyOf(setup.stances().keySet()));
    }

    /** A hash of every event of a run, in order. */
    static String traceHash(ModelSetup setup, long seed) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        new DetenteModel(setup, seed, e -> digest.update(e.toString().getBytes(StandardCharsets.UTF_8))).runToHorizon();
        return HexFormat.of().formatHex(digest.digest());
    }

    @org.junit.jupiter.api.Test
    void sameSeedSameTraceOtherSeedOtherTrace() throws Exception {
        ModelSetup setup = setup("escalation");
        String a = traceHash(setup, 123456789012345L);
        assertEquals(a, traceHash(setup, 123456789012345L));
        assertNotEquals(a, traceHash(setup, 123456789012346L));
    }

    @org.junit.jupiter.api.Test
    void seedsDifferingOnlyInTheHigh32BitsGiveDifferentRuns() throws Exception {
        // MASON's SimState(long) keeps 32 bits; Détente seeds with all 64.
        ModelSetup setup = setup("baseline");
        assertNotEquals(traceHash(setup, 5L), traceHash(setup, 5L + (1L << 32)));
    }

    @Property(tries = 30, seed = "20240424")
    void rungsStayOnTheLadderAndTheDayReportIsComplete(@ForAll long seed) throws Exception {
        ModelSetup setup = setup("escalation");
        int[] days = {0};
        new DetenteModel(setup, seed, e -> {
            if (e instanceof ModelEvent.SignalDelivered s) {
                assertTrue(s.rungBefore() >= 0 && s.rungAfter() <= EscalationLadder.TOP && s.rungAfter() >= s.rungBefore());
            } else if (e instanceof ModelEvent.DayEnded d) {
                assertEquals(days[0]++, d.day());
                assertTrue(d.maxRung() >= 0 && d.maxRung() <= EscalationLadder.TOP);
                assertTrue(d.meanTrust() >= 0 && d.meanTrust() <= 1, "trust in [0,1]: " + d.meanTrust());
                assertTrue(d.meanPosture() >= 0);
            }
        }).runToHorizon();
        assertEquals(setup.scenario().horizonDays(), days[0]);
    }

    @org.junit.jupiter.api.Test
    void aCapabilityDemonstrationIsObservedTheDayItHappensAndPerceivedAsADeedOfItsRungOrLess() throws Exception {
        ModelSetup setup = setup("escalation");
        int[] seen = {0};
        for (long seed = 1; seed <= 20; seed++) {
            new DetenteModel(setup, seed, e -> {
                if (e instanceof ModelEvent.SignalDelivered s && s.intended().id().equals("inspector_deployment")
                        && s.sender().equals("RUS") && s.perceived() != null) {
                    seen[0]++;
                    assertEquals(s.sentDay(), s.day(), "deeds are observed, not sent: no latency");
                    assertTrue(s.perceived().material());
                    assertTrue(s.perceived().rung() <= 3, "never seen as a deed of a higher rung: " + s.perceived().id());
                }
            }).runToHorizon();
        }
        assertTrue(seen[0] > 5, "the recurring inspector manoeuvres happen: " + seen[0]);
    }

    @org.junit.jupiter.api.Test
    void thePlainLoopProducesTheSameEventsAsMasonsSchedule() throws Exception {
        ModelSetup setup = setup("escalation");
        MessageDigest mason = MessageDigest.getInstance("SHA-256");
        MessageDigest plain = MessageDigest.getInstance("SHA-256");
        new DetenteModel(setup, 99, e -> mason.update(e.toString().getBytes(StandardCharsets.UTF_8))).runToHorizon();
        new DetenteModel(setup, 99, e -> plain.update(e.toString().getBytes(StandardCharsets.UTF_8))).runPlain();
        assertEquals(HexFormat.of().formatHex(mason.digest()), HexFormat.of().formatHex(plain.digest()));
    }

    /** Public signals each sender sent its counterpart over a run. */
    private static Map<String, Integer> publicSignals(ModelSetup setup, long seed) {
        Map<String, Integer> count = new java.util.TreeMap<>();
        new DetenteModel(setup, seed, e -> {
            if (e instanceof ModelEvent.SignalSent s && s.channel().equals("public")) {
                count.merge(s.sender() + ">" + s.receiver(), 1, Integer::sum);
            }
        }).runToHorizon();
        return count;
    }

    @org.junit.jupiter.api.Test
    void anActorsStatementVolumeIsItsOwnLever() throws Exception {
        // Without any private channel, public statements carry most words: silencing the US's
        // public statements leaves Russia's volume to the US about where it was.
        String yaml = """
                name: volume
                horizon_days: 365
                actors:
                  - id: USA
                    statements_per_month: %s
                  - id: RUS
                channels:
                  - id: public
                    kind: public
                """;
        ModelSetup loud = withSilentStances(ScenarioReader.read(ScenarioFiles.write(dir, "loud.yaml", yaml.formatted("16"))));
        ModelSetup quiet = withSilentStances(ScenarioReader.read(ScenarioFiles.write(dir, "quiet.yaml", yaml.formatted("1"))));
        int loudUs = 0;
        int quietUs = 0;
        int loudRussia = 0;
        int quietRussia = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Map<String, Integer> a = publicSignals(loud, seed);
            Map<String, Integer> b = publicSignals(quiet, seed);
            loudUs += a.getOrDefault("USA>RUS", 0);
            quietUs += b.getOrDefault("USA>RUS", 0);
            loudRussia += a.getOrDefault("RUS>USA", 0);
            quietRussia += b.getOrDefault("RUS>USA", 0);
        }
        // 16 a month is about 190 a year, 1 a month 12; answers to what the other says come on top
        // whatever the volume (about 60 a year here), so the ratio is about 3.
        assertTrue(loudUs > 2 * quietUs, "US: loud " + loudUs + ", quiet " + quietUs);
        assertTrue(Math.abs(loudRussia - quietRussia) < 0.25 * loudRussia, "Russia: " + loudRussia + " vs " + quietRussia);
    }

    private static ModelSetup withSilentStances(Scenario scenario) {
        Stance s = Stance.silent();
        return new ModelSetup(scenario, Map.of("USA", s, "RUS", s), ModelParameters.defaults(), SignalCatalogue.standard());
    }

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path dir;
}
