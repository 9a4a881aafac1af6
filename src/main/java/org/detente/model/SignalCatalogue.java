package org.detente.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of signals (resource {@code signals.tsv}), with the two look-ups the
 * model needs: the act closest to an intended Goldstein value, and the act a receiver
 * believes it saw given a perceived value.
 */
public final class SignalCatalogue {

    private static final String RESOURCE = "signals.tsv";
    private static final SignalCatalogue DEFAULT = load();

    private final List<SignalType> types;
    /** The signals from most cooperative to most hostile; an array, as the look-ups are on the hot path. */
    private final SignalType[] byGoldstein;

    private SignalCatalogue(List<SignalType> types) {
        this.types = List.copyOf(types);
        List<SignalType> sorted = new ArrayList<>(types);
        sorted.sort((a, b) -> a.goldstein() != b.goldstein() ? Double.compare(b.goldstein(), a.goldstein())
                : Integer.compare(a.rung(), b.rung()));
        this.byGoldstein = sorted.toArray(new SignalType[0]);
    }

    /** The catalogue shipped with Détente. */
    public static SignalCatalogue standard() {
        return DEFAULT;
    }

    private static SignalCatalogue load() {
        try (InputStream in = SignalCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("signal catalogue resource " + RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<SignalType> types = new ArrayList<>();
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 8) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected 8 columns, found " + f.length);
                }
                if (!f[6].equals("any") && !f[6].equals("vote")) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": scope must be 'any' or 'vote', found "
                            + f[6]);
                }
                EscalationCategory category = EscalationCategory.parse(f[4]).orElseThrow(() ->
                        new IllegalStateException(RESOURCE + ": unknown category " + f[4]));
                types.add(new SignalType(types.size(), f[0], f[1], Double.parseDouble(f[2]), f[3].equals("M"),
                        category, Integer.parseInt(f[5]), f[6].equals("vote"), f[7]));
            }
            return new SignalCatalogue(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean evident(SignalType type) {
        return type.category() == EscalationCategory.VIOLENT_ESCALATION || type.category() == EscalationCategory.NUCLEAR;
    }

    /** All signals in catalogue order. */
    public List<SignalType> types() {
        return types;
    }

    /** The signal with this id. */
    public Optional<SignalType> find(String id) {
        return types.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The signal whose Goldstein weight is closest to the intended value; among equally
     * close ones, the less severe (lower rung). Material acts are candidates only when
     * {@code allowMaterial} is set, and no act above {@code maxRung}.
     */
    public SignalType closest(double goldstein, boolean allowMaterial, int maxRung) {
        SignalType best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (SignalType type : byGoldstein) {
            if (type.goldstein() < goldstein - bestDistance) {
                break; // sorted from cooperative to hostile: everything further is farther away
            }
            if ((type.material() && !allowMaterial) || type.rung() > maxRung || type.voteOnly()) {
                continue;
            }
            double distance = Math.abs(type.goldstein() - goldstein);
            if (distance < bestDistance) {
                best = type;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * What a receiver believes it saw: the act of the same nature (verbal or material)
     * whose weight is closest to the perceived value. Where several are equally close,
     * the intended act if it is among them (a receiver recognises what happened when the
     * noise does not point elsewhere), else the less severe. Deeds leave evidence of their
     * kind: a deed is never taken for a deed of a higher rung (an inspector manoeuvre is not
     * seen as jamming, which shows as interference), though its severity is misjudged and a
     * deed may be taken for a lesser one; and violent or nuclear acts are perceived only when
     * one happened.
     */
    public SignalType perceive(SignalType intended, double perceivedGoldstein) {
        SignalType best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (SignalType type : byGoldstein) {
            if (type.goldstein() < perceivedGoldstein - bestDistance) {
                break;
            }
            if (type.material() != intended.material() || (evident(type) && !evident(intended))
                    || (type.voteOnly() && type != intended) || (intended.material() && type.rung() > intended.rung())) {
                continue;
            }
            double distance = Math.abs(type.goldstein() - perceivedGoldstein);
            if (distance < bestDistance || (distance == bestDistance && type == intended)) {
                best = type;
                bestDistance = distance;
            }
        }
        return best;
    }
}
