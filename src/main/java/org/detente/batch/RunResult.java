package org.detente.batch;

import java.util.Map;
import org.detente.model.ModelEvent;

/**
 * What one run produced: its identity, its outcome and its daily series.
 *
 * @param scenario               scenario name
 * @param designPoint            design point (0 without a design)
 * @param replication            0-based replication number
 * @param seed                   the run's 64-bit seed
 * @param firstCrisisDay         first day a crisis dyad of the scenario was in crisis (the headline), or -1
 * @param firstAnyPairCrisisDay  first day any pair of actors was in crisis, or -1
 * @param peakRung               highest rung a crisis dyad reached
 * @param escalationScore        sum of the escalation-score weights of every signal sent
 * @param misperceptions         delivered signals perceived in another direction or rung than intended
 * @param inadvertentEscalations rung increases caused by signals intended as non-hostile
 * @param meanGoldstein          mean Goldstein weight of the signals sent (NaN if none)
 * @param signals                signals sent
 * @param votes                  Security Council votes held, by event id
 * @param acts                   the counterspace acts sent (see {@link Act#counterspace}), in order
 * @param daily                  daily series, indexed by metric ordinal then day
 * @param bins                   the daily values' histogram bins, computed where the run ran
 */
public record RunResult(String scenario, int designPoint, int replication, long seed, int firstCrisisDay,
                        int firstAnyPairCrisisDay, int peakRung,
                        double escalationScore, int misperceptions, int inadvertentEscalations,
                        double meanGoldstein, int signals, Map<String, ModelEvent.VoteHeld> votes,
                        java.util.List<Act> acts, double[][] daily, int[][] bins) implements java.io.Serializable {

    /**
     * A counterspace act: a material act at rung 3 or above of the ladder (an inspector
     * satellite's approach, an anti-satellite test, jamming, attack), the kind of act recorded
     * in counterspace event data and scored against it.
     *
     * @param day      day sent
     * @param sender   who acted
     * @param receiver toward whom
     * @param signal   the signal id ({@code inspector_deployment}, ...)
     */
    public record Act(int day, String sender, String receiver, String signal) implements java.io.Serializable {

        /** Whether a signal is a counterspace act. */
        public static boolean counterspace(org.detente.model.SignalType type) {
            return type.material() && type.rung() >= 3;
        }
    }

    /** Counterspace acts sent by {@code sender}. */
    public long actsBy(String sender) {
        return acts.stream().filter(a -> a.sender().equals(sender)).count();
    }

    /** Whether the run reached a crisis. */
    public boolean crisis() {
        return firstCrisisDay >= 0;
    }

    /** The same result without its daily series, once they have been folded into statistics. */
    public RunResult withoutDaily() {
        return new RunResult(scenario, designPoint, replication, seed, firstCrisisDay, firstAnyPairCrisisDay, peakRung,
                escalationScore, misperceptions, inadvertentEscalations, meanGoldstein, signals, votes, acts, null, null);
    }

    /** Whether any pair of actors reached a crisis. */
    public boolean anyPairCrisis() {
        return firstAnyPairCrisisDay >= 0;
    }

    /**
     * Serialised in a compact binary form (the daily series are never sent: a result crosses a
     * network only after they have been folded into a block's statistics): Java's default form
     * of a record with maps of records cost more than a tenth of a clustered batch's time.
     */
    private Object writeReplace() throws java.io.IOException {
        if (daily != null || bins != null) {
            throw new java.io.NotSerializableException("a run result with its daily series is not sent");
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeUTF(scenario);
            out.writeInt(designPoint);
            out.writeInt(replication);
            out.writeLong(seed);
            out.writeInt(firstCrisisDay);
            out.writeInt(firstAnyPairCrisisDay);
            out.writeInt(peakRung);
            out.writeDouble(escalationScore);
            out.writeInt(misperceptions);
            out.writeInt(inadvertentEscalations);
            out.writeDouble(meanGoldstein);
            out.writeInt(signals);
            out.writeInt(votes.size());
            for (Map.Entry<String, ModelEvent.VoteHeld> e : votes.entrySet()) {
                ModelEvent.VoteHeld v = e.getValue();
                out.writeUTF(e.getKey());
                out.writeInt(v.day());
                out.writeUTF(v.id());
                out.writeUTF(v.outcome());
                out.writeInt(v.votes().size());
                for (Map.Entry<String, String> b : v.votes().entrySet()) {
                    out.writeUTF(b.getKey());
                    out.writeUTF(b.getValue());
                }
                out.writeInt(v.votesFor());
                out.writeInt(v.votesAgainst());
                out.writeInt(v.abstentions());
            }
            out.writeInt(acts.size());
            for (Act a : acts) {
                out.writeInt(a.day());
                out.writeUTF(a.sender());
                out.writeUTF(a.receiver());
                out.writeUTF(a.signal());
            }
        }
        return new Compact(bytes.toByteArray());
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("a run result is read through its compact form");
    }

    /** The serial form of a run result without its daily series. */
    private record Compact(byte[] bytes) implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private Object readResolve() throws java.io.IOException {
            try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
                String scenario = in.readUTF();
                int designPoint = in.readInt();
                int replication = in.readInt();
                long seed = in.readLong();
                int firstCrisisDay = in.readInt();
                int firstAnyPairCrisisDay = in.readInt();
                int peakRung = in.readInt();
                double escalationScore = in.readDouble();
                int misperceptions = in.readInt();
                int inadvertent = in.readInt();
                double meanGoldstein = in.readDouble();
                int signals = in.readInt();
                int voteCount = in.readInt();
                Map<String, ModelEvent.VoteHeld> votes = new java.util.LinkedHashMap<>();
                for (int i = 0; i < voteCount; i++) {
                    String key = in.readUTF();
                    int day = in.readInt();
                    String id = in.readUTF();
                    String outcome = in.readUTF();
                    int ballots = in.readInt();
                    Map<String, String> ballot = new java.util.LinkedHashMap<>();
                    for (int b = 0; b < ballots; b++) {
                        ballot.put(in.readUTF(), in.readUTF());
                    }
                    votes.put(key, new ModelEvent.VoteHeld(day, id, outcome, ballot, in.readInt(), in.readInt(),
                            in.readInt()));
                }
                int actCount = in.readInt();
                java.util.List<Act> acts = new java.util.ArrayList<>(actCount);
                for (int i = 0; i < actCount; i++) {
                    acts.add(new Act(in.readInt(), in.readUTF(), in.readUTF(), in.readUTF()));
                }
                return new RunResult(scenario, designPoint, replication, seed, firstCrisisDay, firstAnyPairCrisisDay,
                        peakRung, escalationScore, misperceptions, inadvertent, meanGoldstein, signals, votes, acts,
                        null, null);
            }
        }
    }
}
