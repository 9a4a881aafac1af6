package org.detente.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The stance dimensions coded from text (STANCE-CODING.md). Each lies in [0,1];
 * 0.5 means the text gives no evidence.
 */
public enum Dimension {
    /** Dialogue willingness. */
    D("dialogue willingness"),
    /** Resolve, deterrence posture. */
    R("resolve"),
    /** Perceived threat. */
    T("threat perception"),
    /** Trust in the adversary. */
    TR("trust"),
    /** Commitment to norms and the UN route. */
    N("norm commitment"),
    /** Alignment with the US (allies only). */
    AL("alignment with the US");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    /** A human-readable name of the dimension. */
    public String label() {
        return label;
    }

    /** The dimension with this key (D, R, T, TR, N, AL), any case. */
    public static Optional<Dimension> parse(String key) {
        String upper = key.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.name().equals(upper)).findFirst();
    }
}
