package org.detente.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The model's numeric parameters, each with its default. A scenario changes one under
 * its {@code model:} key by the name in {@link #NAMES}. The reason for every default is
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

    /** The parameter names a scenario's {@code model:} key accepts. */
    public static final Set<String> NAMES = Set.of("goldstein_anchor", "reaction_rate", "restraint_rate",
            "dialogue_restraint", "dialogue_half_saturation", "dialogue_memory", "dialogue_clarification", "grievance_rate", "hostility_smoothing", "trust_gain", "trust_loss", "belief_half_life", "threat_gain",
            "audience_cost", "commitment_half_life", "observation_noise", "decision_noise", "noise_scale",
            "cooldown_days", "deterrence_firmness", "grit_interval", "summit_weight", "responsiveness",
            "material_resolve", "hostility_half_life", "silent_prior_strength", "evidence_prior_strength",
            "vote_sensitivity");

    public ModelParameters {
        positive("restraint_rate", restraintRate);
        nonNegative("reaction_rate", reactionRate);
        nonNegative("dialogue_restraint", dialogueRestraint);
        positive("dialogue_half_saturation", dialogueHalfSaturation);
        positive("dialogue_memory", dialogueMemory);
        unit("dialogue_clarification", dialogueClarification);
        nonNegative("grievance_rate", grievanceRate);
        unit("hostility_smoothing", hostilitySmoothing);
        unit("trust_gain", trustGain);
        unit("trust_loss", trustLoss);
        positive("belief_half_life", beliefHalfLife);
        unit("threat_gain", threatGain);
        nonNegative("audience_cost", audienceCost);
        positive("commitment_half_life", commitmentHalfLife);
        nonNegative("observation_noise", observationNoise);
        nonNegative("decision_noise", decisionNoise);
        nonNegative("noise_scale", noiseScale);
        positive("cooldown_days", cooldownDays);
        nonNegative("deterrence_firmness", deterrenceFirmness);
        positive("grit_interval", gritInterval);
        nonNegative("summit_weight", summitWeight);
        unit("responsiveness", responsiveness);
        unit("material_resolve", materialResolve);
        positive("hostility_half_life", hostilityHalfLife);
        positive("silent_prior_strength", silentPriorStrength);
        positive("evidence_prior_strength", evidencePriorStrength);
        nonNegative("vote_sensitivity", voteSensitivity);
        if (evidencePriorStrength < silentPriorStrength) {
            throw new IllegalArgumentException("evidence_prior_strength must be >= silent_prior_strength ("
                    + silentPriorStrength + ") but was " + evidencePriorStrength);
        }
        if (!(goldsteinAnchor >= -10 && goldsteinAnchor <= 10)) {
            throw new IllegalArgumentException("goldstein_anchor must lie in [-10,10] but was " + goldsteinAnchor);
        }
    }

    private static void positive(String name, double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(name + " must be > 0 but was " + x);
        }
    }

    private static void nonNegative(String name, double x) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + x);
        }
    }

    private static void unit(String name, double x) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0,1] but was " + x);
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
