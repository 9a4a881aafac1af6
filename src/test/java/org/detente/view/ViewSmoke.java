package org.detente.view;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.detente.batch.CompiledScenario;
import org.detente.batch.ScenarioCompiler;
import org.detente.batch.TraceWriter;
import sim.display.Console;
import sim.portrayal.Inspector;
import sim.util.Bag;

/**
 * Drives MASON's console on a display (a virtual one under xvfb-run, from {@link ViewTest}):
 * opens the view of {@code scenarios/escalation.yaml} with seed 1, starts it paused, steps it
 * 30 days with the console's step button, opens an inspector on the United States, takes a
 * screenshot of the screen, stops, and exits. Writes {@code screen.png} and the view's trace
 * into the folder given.
 *
 * <p>usage: {@code ViewSmoke OUT_DIR [DAYS]}
 */
public final class ViewSmoke {

    private ViewSmoke() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        CompiledScenario scenario = new ScenarioCompiler().compile(Path.of("scenarios/escalation.yaml"));
        TraceWriter trace = new TraceWriter(out);
        DetenteView view = DetenteView.of(scenario, 0, 1, trace);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(view);
            view.place(console[0]);
            console[0].setVisible(true);
        });
        SwingUtilities.invokeAndWait(() -> {
            console[0].pressPause(); // stopped -> started, paused
            console[0].setNumStepsPerStepButtonPress(days);
            console[0].pressPlay(); // paused: the step button, 'days' steps
        });
        SwingUtilities.invokeAndWait(() -> {
            ActorNode usa = view.nodes().get("USA");
            Inspector inspector = new sim.portrayal.SimpleInspector(usa, view, "USA");
            console[0].setInspectors(new Bag(new Object[] {inspector}), new Bag(new Object[] {"USA"}));
        });
        Thread.sleep(1500); // let the windows paint
        SwingUtilities.invokeAndWait(() -> { });
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage shot = new Robot().createScreenCapture(screen);
        ImageIO.write(shot, "png", out.resolve("screen.png").toFile());
        Files.writeString(out.resolve("steps.txt"), view.state.schedule.getSteps() + "\n");
        SwingUtilities.invokeAndWait(() -> console[0].pressStop());
        trace.close();
        System.exit(0);
    }
}
