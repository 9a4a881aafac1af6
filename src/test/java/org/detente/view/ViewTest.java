package org.detente.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.detente.batch.CompiledScenario;
import org.detente.batch.Runs;
import org.detente.batch.ScenarioCompiler;
import org.detente.batch.TraceWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live view steps the run {@code detente run} makes: the same trace, day by day, also when
 * started again; and MASON's console, driven under a virtual display, draws it.
 */
class ViewTest {

    @TempDir
    static Path dir;

    private static CompiledScenario scenario;
    private static final int DAYS = 30;

    @BeforeAll
    static void compile() throws Exception {
        scenario = new ScenarioCompiler().compile(Path.of("scenarios/escalation.yaml"));
        Path run = Files.createDirectories(dir.resolve("run"));
        try (TraceWriter trace = new TraceWriter(run)) {
            Runs.run(scenario, 0, Runs.replicationSeed(1, 0), trace);
        }
    }

    /** A file's lines for days before {@code days} (its header and the rows whose first field is such a day). */
    private static List<String> firstDays(Path file, int days) throws Exception {
        List<String> lines = Files.readAllLines(file);
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            if (Integer.parseInt(line.substring(0, line.indexOf(','))) < days) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static void assertSameDays(Path expected, Path actual, int days) throws Exception {
        for (String file : List.of("trace.csv", "dyads.csv")) {
            List<String> want = firstDays(expected.resolve(file), days);
            assertTrue(want.size() > 10, "the run has rows in its first days: " + file);
            assertEquals(want, firstDays(actual.resolve(file), days), file);
        }
    }

    /** Steps the view's GUI state as the console does, without a display. */
    private static void step(DetenteView view, Path out, int days) throws Exception {
        Files.createDirectories(out);
        view.start();
        for (int d = 0; d < days; d++) {
            assertTrue(view.step(), "day " + d);
        }
        view.finish();
    }

    @Test
    void steppingTheViewGivesTheTraceOfDetenteRunAlsoWhenStartedAgain() throws Exception {
        Path first = dir.resolve("view-first");
        Path again = dir.resolve("view-again");
        Files.createDirectories(first);
        Files.createDirectories(again);
        TraceWriter one = new TraceWriter(first);
        TraceWriter two = new TraceWriter(again);
        boolean[] second = {false};
        org.detente.model.EventSink both = new org.detente.model.EventSink() {
            private org.detente.model.EventSink target() {
                return second[0] ? two : one;
            }

            @Override
            public void accept(org.detente.model.ModelEvent event) {
                target().accept(event);
            }

            @Override
            public boolean wantsDyads() {
                return true;
            }

            @Override
            public void dyadEnded(int day, String self, String other, boolean adversarial, int rung, double trust,
                                  double threat, double posture, double hostility) {
                target().dyadEnded(day, self, other, adversarial, rung, trust, threat, posture, hostility);
            }
        };
        DetenteView view = DetenteView.of(scenario, 0, 1, both);
        step(view, first, DAYS);
        one.close();
        second[0] = true;
        step(view, again, DAYS); // Stop, then Play again: the same run
        two.close();
        assertSameDays(dir.resolve("run"), first, DAYS);
        assertSameDays(dir.resolve("run"), again, DAYS);
        assertTrue(view.watch().day() == DAYS - 1, "the watch followed the days");
    }

    @Test
    void theViewStopsAtTheHorizon() throws Exception {
        DetenteView view = DetenteView.of(scenario, 0, 1, org.detente.model.EventSink.NONE);
        view.start();
        int steps = 0;
        while (view.step()) {
            steps++;
        }
        assertEquals(scenario.scenario().horizonDays(), steps);
        view.finish();
    }

    @Test
    void theConsoleStepsThirtyDaysUnderAVirtualDisplayAndDrawsTheRun() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "xvfb-run is installed by .ci/run");
        Path out = dir.resolve("xvfb");
        List<String> command = List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ViewSmoke.class.getName(), out.toString(), "" + DAYS);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("xvfb.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the console run finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("xvfb.log")));
        assertEquals(DAYS + "", Files.readString(out.resolve("steps.txt")).strip(), "stepped " + DAYS + " days");
        assertSameDays(dir.resolve("run"), out, DAYS);
        BufferedImage shot = ImageIO.read(out.resolve("screen.png").toFile());
        Set<Integer> colours = new HashSet<>();
        long nonBlack = 0;
        for (int y = 0; y < shot.getHeight(); y += 2) {
            for (int x = 0; x < shot.getWidth(); x += 2) {
                int rgb = shot.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                nonBlack += rgb != 0 ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 200, "the screen shows windows with content: " + colours.size() + " colours");
        assertTrue(nonBlack > shot.getWidth() * shot.getHeight() / 8, "windows cover the screen: " + nonBlack);
    }
}
