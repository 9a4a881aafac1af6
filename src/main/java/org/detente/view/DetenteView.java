package org.detente.view;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import org.detente.batch.CompiledScenario;
import org.detente.batch.Runs;
import org.detente.model.DetenteModel;
import org.detente.model.EventSink;
import org.detente.scenario.ChannelKind;
import org.detente.scenario.ChannelSpec;
import org.detente.scenario.Scenario;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.LabelledPortrayal2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.util.Double2D;

/**
 * MASON's GUI state for one run of a scenario, the run {@code detente run} makes with the same
 * seed and replication: the model is built as {@link Runs#run} builds it and stepped by
 * MASON's schedule, and everything drawn comes from the model's events ({@link Watch}).
 *
 * <p>The network display places the actors on a circle in scenario order. Each channel is a
 * layer of edges, coloured by its kind and as thick as the day's traffic on it (thin when quiet,
 * grey when suspended); each adversarial pair carries its two rungs as a label.
 * Signals in flight are dots on their way, red if hostile and green if not; a signal
 * misperceived on the day is a red ring at its receiver. Actors and channels are MASON
 * inspectables ({@link ActorNode}, {@link ChannelLink}); the model inspector shows the run's
 * state ({@link RunStatus}). {@link DyadCharts} draws each pair's rung, trust and posture as it
 * steps.
 */
public final class DetenteView extends GUIState {

    /** Field size, in the display's units. */
    static final double SIZE = 100;
    private static final double RADIUS = 34;
    /** Up to this many actors every adversarial pair carries its rungs; beyond, the crisis pairs only. */
    static final int MAX_LABELLED_ACTORS = 6;
    /** About the width of MASON's console, which sits between the network and the charts. */
    private static final int CONSOLE_WIDTH = 440;

    private final CompiledScenario scenario;
    private final int replication;
    private final long masterSeed;
    private final Watch watch;
    private final Continuous2D actors = new Continuous2D(SIZE, SIZE, SIZE);
    private final Continuous2D signals = new Continuous2D(SIZE, SIZE, SIZE);
    private final Map<String, ActorNode> nodes = new LinkedHashMap<>();
    private final List<ChannelLayer> layers = new ArrayList<>();
    private final Network rungs = new Network(false);
    private Display2D display;
    /** Actors' size and channels' width on the display: smaller when there are many actors. */
    private double nodeScale = 7;
    private double edgeWidth = 1.5;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private DyadCharts charts;

    /** One channel's edges, drawn from its own copy of the actors' positions, shifted a little. */
    private record ChannelLayer(ChannelSpec spec, Continuous2D field, Network network) {
    }

    /**
     * A view of replication {@code replication} of {@code scenario} under {@code masterSeed};
     * {@code extra} also receives every event (a trace, in tests).
     */
    public static DetenteView of(CompiledScenario scenario, int replication, long masterSeed, EventSink extra) {
        Watch watch = new Watch();
        EventSink sink = extra == EventSink.NONE ? watch : watch.andThen(extra);
        DetenteModel model = new DetenteModel(scenario.setupFor(replication), Runs.replicationSeed(masterSeed,
                replication), sink);
        return new DetenteView(model, scenario, replication, masterSeed, watch);
    }

    private DetenteView(DetenteModel model, CompiledScenario scenario, int replication, long masterSeed, Watch watch) {
        super(model);
        this.scenario = scenario;
        this.replication = replication;
        this.masterSeed = masterSeed;
        this.watch = watch;
    }

    /** The title MASON's console shows. */
    public static String getName() {
        return "Détente";
    }

    public DetenteModel model() {
        return (DetenteModel) state;
    }

    public Watch watch() {
        return watch;
    }

    /** A short line naming the run: scenario, replication, seeds. */
    public String runName() {
        return scenario.name() + ", replication " + replication + " (master seed " + masterSeed + ", run seed "
                + model().runSeed() + ")";
    }

    @Override
    public void start() {
        watch.reset();
        super.start();
        layOut();
        scheduleRepeatingImmediatelyAfter(s -> refresh());
        if (charts != null) {
            charts.reset();
        }
    }

    /** The run ends at the scenario's horizon, as {@code detente run}'s does. */
    @Override
    public boolean step() {
        if (state.schedule.getSteps() >= scenario.scenario().horizonDays()) {
            return false;
        }
        return super.step();
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new RunStatus(this);
    }

    @Override
    public boolean isInspectorVolatile() {
        return true;
    }

    /** Places the actors on a circle, one network per channel and one for the adversarial pairs' rungs. */
    private void layOut() {
        Scenario s = scenario.scenario();
        List<String> ids = model().actorIds();
        actors.clear();
        signals.clear();
        nodes.clear();
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            double angle = Math.PI + 2 * Math.PI * i / n;
            Double2D at = new Double2D(SIZE / 2 + RADIUS * Math.cos(angle), SIZE / 2 - RADIUS * Math.sin(angle));
            ActorNode node = new ActorNode(ids.get(i), this, s.actor(ids.get(i)).map(a -> a.strategy().toString())
                    .orElse(""));
            nodes.put(node.getId(), node);
            actors.setObjectLocation(node, at);
        }
        layers.clear();
        List<ChannelSpec> channels = s.channels();
        for (int c = 0; c < channels.size(); c++) {
            ChannelSpec spec = channels.get(c);
            double shift = (c - (channels.size() - 1) / 2.0) * 1.3;
            Continuous2D field = new Continuous2D(SIZE, SIZE, SIZE);
            Network network = new Network(false);
            for (ActorNode node : nodes.values()) {
                Double2D at = actors.getObjectLocation(node);
                field.setObjectLocation(node, new Double2D(at.x + shift, at.y + shift));
                network.addNode(node);
            }
            List<String> members = spec.members();
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    if (nodes.containsKey(members.get(a)) && nodes.containsKey(members.get(b))) {
                        ChannelLink link = new ChannelLink(spec, members.get(a), members.get(b), this);
                        network.addEdge(nodes.get(members.get(a)), nodes.get(members.get(b)), link);
                    }
                }
            }
            layers.add(new ChannelLayer(spec, field, network));
        }
        rungs.clear();
        for (ActorNode node : nodes.values()) {
            rungs.addNode(node);
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                // Every adversarial pair's rungs on a small network; on a large one the crisis pairs' only.
                boolean labelled = n <= MAX_LABELLED_ACTORS || s.isCrisisPair(ids.get(a), ids.get(b));
                if (!s.sameBloc(ids.get(a), ids.get(b)) && labelled) {
                    rungs.addEdge(nodes.get(ids.get(a)), nodes.get(ids.get(b)),
                            new RungLink(ids.get(a), ids.get(b), watch));
                }
            }
        }
        nodeScale = n <= 8 ? 7 : Math.max(2.5, 7.0 * 8 / n);
        edgeWidth = n <= 8 ? 1.5 : 0.6;
        if (display != null) {
            attachPortrayals();
        }
    }

    /** After each day: signals in flight placed along their way, misperceptions at their receivers, charts. */
    private void refresh() {
        signals.clear();
        int day = watch.day();
        for (Watch.Flight f : watch.inFlight()) {
            ActorNode from = nodes.get(f.sender());
            ActorNode to = nodes.get(f.receiver());
            if (from == null || to == null) {
                continue;
            }
            int latency = Math.max(1, scenario.scenario().channel(f.channel()).map(ChannelSpec::latencyDays).orElse(1));
            double progress = Math.min(0.9, (day - f.sentDay() + 1.0) / (latency + 1.0));
            Double2D a = actors.getObjectLocation(from);
            Double2D b = actors.getObjectLocation(to);
            signals.setObjectLocation(new SignalMark(f.type(), false, f.sender(), f.receiver(), f.channel()),
                    new Double2D(a.x + (b.x - a.x) * progress, a.y + (b.y - a.y) * progress));
        }
        int k = 0;
        for (Watch.Arrival arrival : watch.arrivals()) {
            if (arrival.misperceived() && nodes.containsKey(arrival.receiver())) {
                Double2D at = actors.getObjectLocation(nodes.get(arrival.receiver()));
                double angle = 0.7 * k++;
                signals.setObjectLocation(new SignalMark(arrival.perceived(), true, arrival.sender(),
                        arrival.receiver(), arrival.channel()), new Double2D(at.x + 5 * Math.cos(angle),
                        at.y + 5 * Math.sin(angle)));
            }
        }
        if (charts != null) {
            charts.add(watch);
        }
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        display = new Display2D(560, 560, this);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        displayFrame = display.createFrame();
        displayFrame.setTitle("Détente: " + runName());
        displayFrame.setLocation(0, 0); // MASON's console places itself to the right of it
        controller.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts = new DyadCharts(scenario.scenario());
        chartFrame = charts.frame("Détente: pairs over time, " + runName());
        controller.registerFrame(chartFrame);
        chartFrame.setLocation(displayFrame.getWidth() + CONSOLE_WIDTH, 0); // until place() knows the console
        chartFrame.setVisible(true);
        attachPortrayals();
    }

    /**
     * Puts MASON's console right of the network and the charts right of the console, or under the
     * console when the screen is too narrow for three windows side by side.
     */
    public void place(java.awt.Window console) {
        console.setLocation(displayFrame == null ? 0 : displayFrame.getWidth(), 0);
        if (chartFrame != null) {
            int screen = java.awt.Toolkit.getDefaultToolkit().getScreenSize().width;
            boolean fits = console.getX() + console.getWidth() + chartFrame.getWidth() <= screen;
            chartFrame.setLocation(fits ? console.getX() + console.getWidth() : console.getX(),
                    fits ? 0 : console.getY() + console.getHeight());
        }
    }


    /** The display's layers: channels, rungs, signals, actors, from the bottom up. */
    private void attachPortrayals() {
        display.detatchAll(); // sic: MASON 18 spells it so
        for (ChannelLayer layer : layers) {
            NetworkPortrayal2D portrayal = new NetworkPortrayal2D();
            portrayal.setField(new SpatialNetwork2D(layer.field(), layer.network()));
            portrayal.setPortrayalForAll(new ChannelEdgePortrayal(colour(layer.spec().kind()), edgeWidth));
            display.attach(portrayal, "channel " + layer.spec().id() + " (" + layer.spec().kind().key() + ")");
        }
        NetworkPortrayal2D rungPortrayal = new NetworkPortrayal2D();
        rungPortrayal.setField(new SpatialNetwork2D(actors, rungs));
        SimpleEdgePortrayal2D rungEdges = new SimpleEdgePortrayal2D(new Color(0, 0, 0, 0), new Color(0, 0, 0, 0),
                new Color(0x8B0000), new Font(Font.SANS_SERIF, Font.BOLD, 12));
        rungEdges.setShape(SimpleEdgePortrayal2D.SHAPE_THIN_LINE);
        rungEdges.setLabelScaling(SimpleEdgePortrayal2D.NEVER_SCALE);
        rungPortrayal.setPortrayalForAll(rungEdges);
        display.attach(rungPortrayal, "rungs of adversarial pairs");
        ContinuousPortrayal2D signalPortrayal = new ContinuousPortrayal2D();
        signalPortrayal.setField(signals);
        signalPortrayal.setPortrayalForAll(new OvalPortrayal2D() {
            private static final long serialVersionUID = 1L;

            @Override
            public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
                SignalMark mark = (SignalMark) object;
                filled = !mark.isMisperceived();
                paint = mark.isMisperceived() || mark.isHostile() ? new Color(0xD62728) : new Color(0x2CA02C);
                scale = mark.isMisperceived() ? 3.2 : 1.6;
                super.draw(object, graphics, info);
            }
        });
        display.attach(signalPortrayal, "signals (in flight; rings: misperceived today)");
        ContinuousPortrayal2D actorPortrayal = new ContinuousPortrayal2D();
        actorPortrayal.setField(actors);
        actorPortrayal.setPortrayalForAll(new LabelledPortrayal2D(new OvalPortrayal2D() {
            private static final long serialVersionUID = 1L;

            @Override
            public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
                ActorNode node = (ActorNode) object;
                paint = node.isWestern() ? new Color(0x1F77B4) : new Color(0xB22222);
                scale = nodeScale;
                super.draw(object, graphics, info);
            }
        }, 4.5, null, Color.BLACK, false));
        display.attach(actorPortrayal, "actors");
        display.reset();
        display.repaint();
    }

    static Color colour(ChannelKind kind) {
        return switch (kind) {
            case PRIVATE_DIALOGUE -> new Color(0x2CA02C);
            case PUBLIC_STATEMENT -> new Color(0x7F7F7F);
            case UN_VENUE -> new Color(0x1F77B4);
            case ALLIED_CONSULTATION -> new Color(0x9467BD);
        };
    }

    /** A channel's edge: its kind's colour, as thick as the day's traffic; grey when suspended. */
    private static final class ChannelEdgePortrayal extends SimpleEdgePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final Color colour;

        ChannelEdgePortrayal(Color colour, double width) {
            super(colour, colour);
            this.colour = colour;
            labelPaint = null; // no label: the inspector names a channel
            setShape(SHAPE_LINE_ROUND_ENDS);
            setAdjustsThickness(true);
            setBaseWidth(width);
            setScaling(NEVER_SCALE);
        }

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            ChannelLink link = (ChannelLink) ((sim.field.network.Edge) object).getInfo();
            Color c = link.isOpen() ? colour : new Color(0xCCCCCC);
            fromPaint = c;
            toPaint = c;
            super.draw(object, graphics, info);
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (charts != null) {
            charts.dispose();
        }
        display = null;
        displayFrame = null;
        charts = null;
    }

    Map<String, ActorNode> nodes() {
        return nodes;
    }

    /** The scenario viewed. */
    public Scenario scenario() {
        return scenario.scenario();
    }
}
