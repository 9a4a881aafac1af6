package org.detente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.detente.batch.CompiledScenario;
import org.detente.batch.ScenarioCompiler;
import org.detente.model.EventSink;
import org.detente.view.DetenteView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code detente view}: one run in MASON's console, live. */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Watch one run step by step in MASON's console.",
                "Opens MASON's Console on the run 'detente run' makes with the same --seed and",
                "--replication: a network of the actors with each channel's traffic, each",
                "adversarial pair's rungs and the signals in flight (rings: misperceived), live",
                "charts of each pair's rung, trust and posture, and inspectors for actors and",
                "channels (double-click one in the network). Play, pause, step and stop from the",
                "console.",
                "Needs a display (on a server: xvfb-run)."},
        footer = {"", "Examples:",
                "  detente view scenarios/escalation.yaml --seed 1",
                "  xvfb-run ./detente view scenarios/dialogue.yaml   (no screen: a virtual one)"})
final class ViewCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenario;

    @Mixin
    RunChoice run;

    @Override
    public Integer call() throws Exception {
        run.check();
        int replication = run.replication;
        long seed = run.seed;
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            throw new UsageException("view needs a display and there is none here (no DISPLAY, or headless Java);"
                    + " run it on a desktop, or under a virtual one: xvfb-run ./detente view ...");
        }
        CompiledScenario compiled = new ScenarioCompiler().compile(scenario);
        DetenteView view = DetenteView.of(compiled, replication, seed, EventSink.NONE);
        CountDownLatch closed = new CountDownLatch(1);
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            sim.display.Console console = new sim.display.Console(view);
            console.setTitle("Détente: " + view.runName());
            view.place(console);
            console.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    closed.countDown();
                }
            });
            console.setVisible(true);
        });
        closed.await();
        return Main.OK;
    }
}
