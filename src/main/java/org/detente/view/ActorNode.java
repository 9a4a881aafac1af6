package org.detente.view;

import java.util.Locale;
import java.util.StringJoiner;
import org.detente.scenario.Dimension;

/**
 * An actor on the network display, and what MASON's inspector shows of it: its stance as drawn
 * for this run, its strategy and reach, and its beliefs about every other actor at the end of
 * the last day.
 */
public final class ActorNode {

    private final String id;
    private final DetenteView view;
    private final String strategy;

    ActorNode(String id, DetenteView view, String strategy) {
        this.id = id;
        this.view = view;
        this.strategy = strategy;
    }

    public String getId() {
        return id;
    }

    public String getStrategy() {
        return strategy;
    }

    private double stance(Dimension d) {
        return view.model().stanceOf(id).value(d);
    }

    public double getDialogueWillingness() {
        return stance(Dimension.D);
    }

    public double getResolve() {
        return stance(Dimension.R);
    }

    public double getThreatPerception() {
        return stance(Dimension.T);
    }

    public double getTrust() {
        return stance(Dimension.TR);
    }

    public double getNormCommitment() {
        return stance(Dimension.N);
    }

    public double getAlignmentWithUs() {
        return stance(Dimension.AL);
    }

    /** The highest rung this run's resolve carries it to. */
    public int getRungCeiling() {
        return view.model().rungCeilingOf(id);
    }

    public boolean getMayInitiateMaterialActs() {
        return view.model().mayInitiateMaterial(id);
    }

    /** Toward every other actor: rung, trust, threat, posture and perceived hostility at the end of the last day. */
    public String getBeliefs() {
        StringJoiner all = new StringJoiner("; ");
        for (String other : view.model().actorIds()) {
            Watch.PairState s = view.watch().pair(org.detente.analysis.RunStory.pair(id, other));
            if (s != null) {
                all.add(String.format(Locale.ROOT, "toward %s: rung %d, trust %.2f, threat %.2f, posture %.1f,"
                        + " hostility %.1f", other, s.rung(), s.trust(), s.threat(), s.posture(), s.hostility()));
            }
        }
        return all.toString();
    }

    /** Drawn in the colour of the US's bloc or of the others. */
    public boolean isWestern() {
        return view.scenario().actor("USA").isPresent() ? view.scenario().sameBloc("USA", id) : false;
    }

    @Override
    public String toString() {
        return id;
    }
}
