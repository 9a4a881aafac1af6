package org.detente.view;

/** What MASON's model inspector shows of the run: where it is and how it stands. */
public final class RunStatus {

    private final DetenteView view;

    RunStatus(DetenteView view) {
        this.view = view;
    }

    public String getRun() {
        return view.runName();
    }

    /** The last day stepped (-1 before the first). */
    public int getDay() {
        return view.watch().day();
    }

    /** The first day a crisis pair reached the threshold, or -1. */
    public int getCrisisDay() {
        return view.watch().crisisDay();
    }

    public int getCrisisThreshold() {
        return view.scenario().crisisThreshold();
    }

    /** The highest rung among the crisis pairs at the end of the last day. */
    public int getHighestRung() {
        return view.watch().maxRung();
    }

    public long getSignalsSent() {
        return view.watch().signals();
    }

    public long getMisperceived() {
        return view.watch().misperceived();
    }

    public int getSignalsInFlight() {
        return view.watch().inFlight().size();
    }
}
