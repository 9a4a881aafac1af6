package org.detente.view;

/** An adversarial pair on the network display: its label is each side's rung toward the other. */
public final class RungLink {

    private final String a;
    private final String b;
    private final Watch watch;

    RungLink(String a, String b, Watch watch) {
        this.a = a;
        this.b = b;
        this.watch = watch;
    }

    public int getRungOfFirst() {
        Watch.PairState s = watch.pair(org.detente.analysis.RunStory.pair(a, b));
        return s == null ? 0 : s.rung();
    }

    public int getRungOfSecond() {
        Watch.PairState s = watch.pair(org.detente.analysis.RunStory.pair(b, a));
        return s == null ? 0 : s.rung();
    }

    /** "USA>RUS 2  RUS>USA 3": drawn at the middle of the pair's edge. */
    @Override
    public String toString() {
        return a + ">" + b + " " + getRungOfFirst() + "   " + b + ">" + a + " " + getRungOfSecond();
    }
}
