package org.detente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheShippedScenarios() throws Exception {
        for (String name : List.of("baseline", "dialogue", "escalation")) {
            Scenario s = ScenarioReader.read(ScenarioFiles.shipped(name));
            assertEquals(name, s.name());
            assertEquals(365, s.horizonDays());
            assertEquals(4, s.crisisThreshold());
            assertTrue(s.actor(Actors.USA).isPresent() && s.actor(Actors.RUSSIA).isPresent()
                    && s.actor(Actors.ALLIES).isPresent(), name + " names the US, Russia and an ally");
            assertEquals(1, s.texts().size());
        }
    }

    @Test
    void appliesChannelDefaultsByKind() throws Exception {
        Scenario s = ScenarioReader.read(ScenarioFiles.write(dir, "s.yaml", ScenarioFiles.MINIMAL));
        ChannelSpec channel = s.channel("public").orElseThrow();
        assertEquals(ChannelKind.PUBLIC_STATEMENT.defaultNoise(), channel.noise());
        assertTrue(channel.isPublic());
        assertEquals(List.of("USA", "RUS"), channel.members());
    }

    @Test
    void readsTimelineOverridesAndParameters() throws Exception {
        Scenario s = ScenarioReader.read(ScenarioFiles.write(dir, "s.yaml", (ScenarioFiles.MINIMAL + """
                timeline:
                  - {id: vote1, type: unsc-vote, day: 5, sponsor: USA}
                  - {type: suspend-channel, day: 2, channel: public}
                model:
                  noise_scale: 1.5
                """).replace("  - id: RUS\n", "  - id: RUS\n    overrides:\n      - {dimension: TR, value: 0.3, reason: prior studies}\n")));
        assertEquals(2, s.timeline().size());
        assertInstanceOf(TimelineEvent.ChannelSuspended.class, s.timeline().get(0), "timeline sorted by day");
        assertEquals("suspend_channel_2", s.timeline().get(0).id());
        assertEquals(1.5, s.modelParameters().get("noise_scale"));
        StanceOverride o = s.actor("RUS").orElseThrow().overrides().get(0);
        assertEquals(Dimension.TR, o.dimension());
        assertEquals(0.3, o.value());
    }

    private List<Problem> problems(String content) {
        Path file = ScenarioFiles.write(dir, "bad.yaml", content);
        return assertThrows(InputException.class, () -> ScenarioReader.read(file)).problems();
    }

    @Test
    void invalidYamlNamesTheLine() {
        List<Problem> problems = problems("name: x\nactors: [USA\nchannels: []\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).line() >= 2, "line of the YAML error: " + problems.get(0));
        assertTrue(problems.get(0).toString().contains("invalid YAML"), problems.get(0).toString());
    }

    @Test
    void unknownActorNamesFileLineAndField() {
        List<Problem> problems = problems(ScenarioFiles.MINIMAL.replace("id: RUS", "id: XYZ"));
        Problem p = problems.get(0);
        assertEquals("actors[1].id", p.field());
        assertEquals(5, p.line());
        assertTrue(p.toString().startsWith(dir.resolve("bad.yaml") + ":5: actors[1].id: unknown actor 'XYZ'"), p.toString());
    }

    @Test
    void anyStateByItsIsoCodeIsAnActor() throws Exception {
        Scenario s = ScenarioReader.read(ScenarioFiles.write(dir, "states.yaml", ScenarioFiles.MINIMAL.replace(
                "  - id: RUS\n", "  - id: RUS\n  - id: UKR\n  - id: BRA\n  - id: PRK\n")));
        assertTrue(s.actor("UKR").isPresent() && s.actor("BRA").isPresent() && s.actor("PRK").isPresent());
        assertEquals("Ukraine", Actors.name("UKR"));
        assertEquals(203, Actors.states().size(), "the states of the Phoenix country dictionary");
        Problem p = problems(ScenarioFiles.MINIMAL.replace("id: RUS", "id: XYZ")).get(0);
        assertTrue(p.toString().contains("ISO 3166 alpha-3"), p.toString());
    }

    @Test
    void unknownChannelInTimelineIsReported() {
        List<Problem> problems = problems(ScenarioFiles.MINIMAL + """
                timeline:
                  - type: restore-channel
                    day: 3
                    channel: hotline
                """);
        assertEquals("timeline[0].channel", problems.get(0).field());
        assertEquals(12, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("unknown channel 'hotline'"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<Problem> problems = problems("""
                name: two problems
                horizon_days: -3
                actors:
                  - id: USA
                    strategy: bluff
                  - id: RUS
                channels:
                  - id: public
                    kind: carrier-pigeon
                    colour: red
                """);
        List<String> fields = problems.stream().map(Problem::field).toList();
        assertTrue(fields.containsAll(List.of("name", "horizon_days", "actors[0].strategy", "channels[0].kind",
                "channels[0].colour")), fields.toString());
    }

    @Test
    void overrideWithoutReasonIsRefused() {
        List<Problem> problems = problems(ScenarioFiles.MINIMAL.replace("  - id: RUS\n",
                "  - id: RUS\n    overrides:\n      - {dimension: D, value: 0.2}\n"));
        assertEquals("actors[1].overrides[0].reason", problems.get(0).field());
    }

    @Test
    void missingFileAndEmptyFileAreProblemsNotCrashes() {
        assertTrue(assertThrows(InputException.class, () -> ScenarioReader.read(dir.resolve("none.yaml")))
                .getMessage().contains("no such file"));
        Path empty = ScenarioFiles.write(dir, "empty.yaml", "");
        assertTrue(assertThrows(InputException.class, () -> ScenarioReader.read(empty)).getMessage().contains("empty"));
    }

    @Test
    void missingTextIsReportedWithItsLine() {
        List<Problem> problems = problems(ScenarioFiles.MINIMAL + "texts:\n  - texts/none.txt\n");
        assertEquals("texts[0]", problems.get(0).field());
        assertEquals(10, problems.get(0).line());
    }

    @Test
    void aDisabledEventIsLeftOutAndAnActorMaySetItsStatementVolume() throws Exception {
        Scenario s = ScenarioReader.read(ScenarioFiles.write(dir, "s.yaml", ScenarioFiles.MINIMAL.replace(
                "  - id: USA\n", "  - id: USA\n    statements_per_month: 3\n") + """
                timeline:
                  - id: talks
                    type: summit
                    day: 5
                    actors: [USA, RUS]
                    enabled: false
                  - id: later
                    type: summit
                    day: 9
                    actors: [USA, RUS]
                """));
        assertEquals(List.of("later"), s.timeline().stream().map(TimelineEvent::id).toList());
        assertEquals(3.0, s.actors().get(0).statementsPerMonth());
        assertTrue(Double.isNaN(s.actors().get(1).statementsPerMonth()));
        List<Problem> bad = problems(ScenarioFiles.MINIMAL.replace(
                "  - id: USA\n", "  - id: USA\n    statements_per_month: -1\n"));
        assertTrue(bad.get(0).toString().contains("statements_per_month"), bad.toString());
    }

    @Test
    void aRecursiveAliasDeepNestingAndAliasFloodsAreOneLineEach() {
        List<Problem> recursive = problems("name: x\nactors: &a\n  - *a\n");
        assertTrue(recursive.get(0).toString().contains("alias"), recursive.toString());
        List<Problem> deep = problems("name: x\nactors: " + "[".repeat(60) + "]".repeat(60) + "\n");
        assertTrue(deep.get(0).toString().toLowerCase(java.util.Locale.ROOT).contains("nest"), deep.toString());
        StringBuilder flood = new StringBuilder("a: &a [x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 9; i++) {
            flood.append("b").append(i).append(": &b").append(i).append(" [").append(i == 0 ? "*a" : "*b" + (i - 1))
                    .append(", ").append(i == 0 ? "*a" : "*b" + (i - 1)).append(", ").append(i == 0 ? "*a" : "*b" + (i - 1))
                    .append(", ").append(i == 0 ? "*a" : "*b" + (i - 1)).append(", ").append(i == 0 ? "*a" : "*b" + (i - 1))
                    .append(", ").append(i == 0 ? "*a" : "*b" + (i - 1)).append(", ").append(i == 0 ? "*a" : "*b" + (i - 1))
                    .append("]\n");
        }
        List<Problem> laughs = problems(flood.toString());
        assertEquals(1, laughs.size(), laughs.toString());
    }

    @Test
    void aDeviceAFolderAndAnOversizedFileAreRefusedBeforeReading() throws Exception {
        assertTrue(assertThrows(InputException.class, () -> ScenarioReader.read(Path.of("/dev/zero"))).getMessage()
                .contains("not a regular file"));
        assertTrue(assertThrows(InputException.class, () -> ScenarioReader.read(dir)).getMessage()
                .contains("is a folder"));
        Path big = dir.resolve("big.yaml");
        java.nio.file.Files.writeString(big, "# " + "x".repeat((int) InputFiles.MAX_YAML_BYTES) + "\n");
        assertTrue(assertThrows(InputException.class, () -> ScenarioReader.read(big)).getMessage()
                .contains("more than"));
    }

    @Test
    void controlCharactersInAMessageAreEscaped() {
        List<Problem> bad = problems(ScenarioFiles.MINIMAL.replace("name: minimal", "name: \"x\\e[2Jy\""));
        String line = bad.get(0).toString();
        assertTrue(!line.contains("\u001b") && line.contains("\\u001b"), line);
    }

    @Test
    void aChannelFromAnActorToItselfIsRefused() {
        List<Problem> bad = problems(ScenarioFiles.MINIMAL + "    members: [USA, USA]\n");
        assertTrue(bad.toString().contains("listed twice"), bad.toString());
    }
}
