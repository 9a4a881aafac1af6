package org.detente.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model's numeric parameters, each with its default. A scenario changes one under
 * its {@code model:} key by the name in {@link #RANGES}. The reason for every default is
 * given in {@code docs/ODD.md}.
 *
 * @param goldsteinAnchor      Goldstein value an actor with zero hostile posture aims at (+4, intent to negotiate)
 * @param reactionRate         Richardson reaction coefficient per day, scaled by resolve and threat
 * @param restraintRate        Richardson restraint ("fatigue") coefficient per day, scaled by dialogue willingness
 * @param dialogueRestraint    largest fractional increase of restraint from private dialogue
 * @param dialogueHalfSaturation private contacts per month that give half of that increase
 * @param dialogueMemory       days over which private dialogue contacts are smoothed
 * @param dialogueClarification largest share of the observation noise of deeds that private dialogue removes
 * @param grievanceRate        Richardson grievance term per day, scaled by threat and distrust
 * @param hostilitySmoothing   weight of a newly perceived signal in the smoothed perceived hostility
 * @param trustGain            rate at which perceived cooperation builds trust (slow)
 * @param trustLoss            rate at which perceived hostility destroys trust (fast)
 * @param beliefHalfLife       days for trust and threat to close half their gap to the actor's prior without news
 * @param threatGain           rate at which perceived hostile acts raise perceived threat
 * @param audienceCost         share of a public hostile signal's posture the sender keeps as a floor (Fearon 1994)
 * @param commitmentHalfLife   days for a public commitment to lose half its weight
 * @param observationNoise     perception noise for material acts, Goldstein points (observed, not sent)
 * @param decisionNoise        spread of an actor's intended Goldstein value around its posture
 * @param noiseScale           multiplies every perception noise (for sweeps)
 * @param cooldownDays         days without perceived conflict, with cooperation, before a rung steps down
 * @param deterrenceFirmness   Goldstein points by which deterrence answers firmer than it perceived
 * @param gritInterval         days between a GRIT actor's announced conciliatory steps
 * @param summitWeight         private dialogue contacts a summit counts for, for each side
 * @param responsiveness       probability of answering a newly perceived signal on the next day
 * @param materialResolve      resolve from which an actor whose resolve is evidenced may initiate material acts
 * @param hostilityHalfLife    days for perceived hostility to close half its gap to its starting value without news
 * @param silentPriorStrength  Beta concentration (alpha + beta) of a stance dimension the text is silent on
 * @param evidencePriorStrength Beta concentration of a dimension coded with confidence 1 short of a pin
 * @param voteSensitivity      how strongly a modelled member's support for the sponsor moves its recorded vote propensity
 */
public record ModelParameters(double goldsteinAnchor, double reactionRate, double restraintRate,
                              double dialogueRestraint, double dialogueHalfSaturation, double dialogueMemory,
                              double dialogueClarification,
                              double grievanceRate, double hostilitySmoothing,
                              double trustGain, double trustLoss, double beliefHalfLife, double threatGain,
                              double audienceCost, double commitmentHalfLife,
                              double observationNoise, double decisionNoise, double noiseScale, double cooldownDays,
                              double deterrenceFirmness, double gritInterval, double summitWeight,
                              double responsiveness, double materialResolve, double hostilityHalfLife,
                              double silentPriorStrength, double evidencePriorStrength, double voteSensitivity) {


    /**
     * The range a parameter must lie in, checked where a scenario sets it and printed in
     * {@code docs/ODD.md}'s parameter table (a test keeps the two the same).
     *
     * @param low     the lowest allowed value
     * @param lowOpen whether {@code low} itself is excluded
     * @param high    the highest allowed value
     */
    public record Range(double low, boolean lowOpen, double high) {

        public boolean contains(double x) {
            return (lowOpen ? x > low : x >= low) && x <= high;
        }

        /** As the docs print it: {@code [0, 1]}, {@code (0, 10]}. */
        @Override
        public String toString() {
            return (lowOpen ? "(" : "[") + number(low) + ", " + number(high) + "]";
        }

        private static String number(double x) {
            return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
        }
    }

    /**
     * Every parameter's valid range, in the order of {@link #asMap()}. Day counts that the model
     * rounds or divides by start at 1 (a GRIT interval of 0.4 days rounds to 0); rates that one
     * daily Euler step multiplies stay at or below 1, where the step cannot overshoot.
     */
    public static final Map<String, Range> RANGES = ranges();

    private static Map<String, Range> ranges() {
        Map<String, Range> r = new LinkedHashMap<>();
        r.put("goldstein_anchor", new Range(-10, false, 10));
        r.put("reaction_rate", new Range(0, false, 1));
        r.put("restraint_rate", new Range(0, true, 1));
        r.put("dialogue_restraint", new Range(0, false, 10));
        r.put("dialogue_half_saturation", new Range(0, true, 1000));
        r.put("dialogue_memory", new Range(1, false, 3650));
        r.put("dialogue_clarification", new Range(0, false, 1));
        r.put("grievance_rate", new Range(0, false, 10));
        r.put("hostility_smoothing", new Range(0, false, 1));
        r.put("trust_gain", new Range(0, false, 1));
        r.put("trust_loss", new Range(0, false, 1));
        r.put("belief_half_life", new Range(1, false, 36500));
        r.put("threat_gain", new Range(0, false, 1));
        r.put("audience_cost", new Range(0, false, 10));
        r.put("commitment_half_life", new Range(1, false, 36500));
        r.put("observation_noise", new Range(0, false, 20));
        r.put("decision_noise", new Range(0, false, 20));
        r.put("noise_scale", new Range(0, false, 20));
        r.put("cooldown_days", new Range(1, false, 3650));
        r.put("deterrence_firmness", new Range(0, false, 20));
        r.put("grit_interval", new Range(1, false, 3650));
        r.put("summit_weight", new Range(0, false, 1000));
        r.put("responsiveness", new Range(0, false, 1));
        r.put("material_resolve", new Range(0, false, 1));
        r.put("hostility_half_life", new Range(1, false, 36500));
        r.put("silent_prior_strength", new Range(0, true, 10000));
        r.put("evidence_prior_strength", new Range(0, true, 10000));
        r.put("vote_sensitivity", new Range(0, false, 100));
        return java.util.Collections.unmodifiableMap(r);
    }

    public ModelParameters {
        double[] values = {goldsteinAnchor, reactionRate, restraintRate, dialogueRestraint, dialogueHalfSaturation,
            dialogueMemory, dialogueClarification, grievanceRate, hostilitySmoothing, trustGain, trustLoss,
            beliefHalfLife, threatGain, audienceCost, commitmentHalfLife, observationNoise, decisionNoise, noiseScale,
            cooldownDays, deterrenceFirmness, gritInterval, summitWeight, responsiveness, materialResolve,
            hostilityHalfLife, silentPriorStrength, evidencePriorStrength, voteSensitivity};
        int i = 0;
        for (Map.Entry<String, Range> range : RANGES.entrySet()) {
            if (!range.getValue().contains(values[i])) {
                throw new IllegalArgumentException(range.getKey() + " must lie in " + range.getValue() + " but was "
                        + values[i]);
            }
            i++;
        }
        if (evidencePriorStrength < silentPriorStrength) {
            throw new IllegalArgumentException("evidence_prior_strength must be >= silent_prior_strength ("
                    + silentPriorStrength + ") but was " + evidencePriorStrength);
        }
    }

    /** The defaults; docs/ODD.md gives the reason for each. */
    public static ModelParameters defaults() {
        return new ModelParameters(
                4.0,    // goldstein_anchor
                0.052,  // reaction_rate
                0.10,   // restraint_rate
                0.5,    // dialogue_restraint
                2.0,    // dialogue_half_saturation
                30.0,   // dialogue_memory
                0.7,    // dialogue_clarification
                0.1,    // grievance_rate
                0.2,    // hostility_smoothing
                0.05,   // trust_gain
                0.15,   // trust_loss
                30.0,   // belief_half_life
                0.05,   // threat_gain
                0.6,    // audience_cost
                20.0,   // commitment_half_life
                2.0,    // observation_noise
                1.0,    // decision_noise
                1.0,    // noise_scale
                30.0,   // cooldown_days
                1.0,    // deterrence_firmness
                7.0,    // grit_interval
                8.0,    // summit_weight
                0.25,   // responsiveness
                0.5,    // material_resolve
                30.0,   // hostility_half_life
                4.0,    // silent_prior_strength
                40.0,   // evidence_prior_strength
                4.0);   // vote_sensitivity
    }

    /** The parameters as a name-to-value map, in a fixed order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("goldstein_anchor", goldsteinAnchor);
        m.put("reaction_rate", reactionRate);
        m.put("restraint_rate", restraintRate);
        m.put("dialogue_restraint", dialogueRestraint);
        m.put("dialogue_half_saturation", dialogueHalfSaturation);
        m.put("dialogue_memory", dialogueMemory);
        m.put("dialogue_clarification", dialogueClarification);
        m.put("grievance_rate", grievanceRate);
        m.put("hostility_smoothing", hostilitySmoothing);
        m.put("trust_gain", trustGain);
        m.put("trust_loss", trustLoss);
        m.put("belief_half_life", beliefHalfLife);
        m.put("threat_gain", threatGain);
        m.put("audience_cost", audienceCost);
        m.put("commitment_half_life", commitmentHalfLife);
        m.put("observation_noise", observationNoise);
        m.put("decision_noise", decisionNoise);
        m.put("noise_scale", noiseScale);
        m.put("cooldown_days", cooldownDays);
        m.put("deterrence_firmness", deterrenceFirmness);
        m.put("grit_interval", gritInterval);
        m.put("summit_weight", summitWeight);
        m.put("responsiveness", responsiveness);
        m.put("material_resolve", materialResolve);
        m.put("hostility_half_life", hostilityHalfLife);
        m.put("silent_prior_strength", silentPriorStrength);
        m.put("evidence_prior_strength", evidencePriorStrength);
        m.put("vote_sensitivity", voteSensitivity);
        return m;
    }

    /**
     * These parameters with some replaced by name.
     *
     * @throws IllegalArgumentException naming an unknown parameter or a bad value
     */
    public ModelParameters with(Map<String, Double> changes) {
        Map<String, Double> m = asMap();
        for (Map.Entry<String, Double> e : changes.entrySet()) {
            if (!m.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown model parameter '" + e.getKey() + "' (known: "
                        + String.join(", ", m.keySet()) + ")");
            }
            m.put(e.getKey(), e.getValue());
        }
        return new ModelParameters(m.get("goldstein_anchor"), m.get("reaction_rate"), m.get("restraint_rate"),
                m.get("dialogue_restraint"), m.get("dialogue_half_saturation"), m.get("dialogue_memory"),
                m.get("dialogue_clarification"),
                m.get("grievance_rate"), m.get("hostility_smoothing"),
                m.get("trust_gain"), m.get("trust_loss"), m.get("belief_half_life"), m.get("threat_gain"),
                m.get("audience_cost"), m.get("commitment_half_life"),
                m.get("observation_noise"), m.get("decision_noise"), m.get("noise_scale"), m.get("cooldown_days"),
                m.get("deterrence_firmness"), m.get("grit_interval"), m.get("summit_weight"),
                m.get("responsiveness"), m.get("material_resolve"), m.get("hostility_half_life"),
                m.get("silent_prior_strength"), m.get("evidence_prior_strength"),
                m.get("vote_sensitivity"));
    }
}
