package org.detente.batch;

import java.util.List;
import java.util.Map;
import org.detente.coding.CodingResult;
import org.detente.model.ModelSetup;
import org.detente.scenario.Scenario;

/**
 * A scenario ready to run: its texts coded, its overrides applied, its parameters checked.
 *
 * @param scenario  the scenario as read
 * @param coding    what the coder found in its texts
 * @param setup     what the model runs
 * @param overrides every override applied, beside the coded value it replaced
 * @param designPoint the design point (0 for a scenario without a design)
 * @param design    the design point's parameter values by path, empty without a design
 * @param designType the kind of design ({@code full-factorial}, ...), empty without a design
 * @param roles     each design parameter's role ({@code policy} or {@code uncertainty}) by path
 * @param morrisStep for a Morris design, the step of its trajectories in the unit cube; NaN otherwise
 * @param keepsDaily whether the batch keeps this cell's daily statistics ({@code timeseries.csv});
 *                   every cell keeps its per-run outcomes
 */
public record CompiledScenario(Scenario scenario, CodingResult coding, ModelSetup setup,
                               List<AppliedOverride> overrides, int designPoint, Map<String, String> design,
                               String designType, Map<String, String> roles, double morrisStep, boolean keepsDaily) {

    public CompiledScenario {
        overrides = List.copyOf(overrides);
        design = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(design));
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    }

    /** A name for this scenario and design point: {@code name} or {@code name#point}. */
    public String label() {
        return design.isEmpty() ? name() : name() + "#" + designPoint;
    }

    /**
     * The block of seeds this cell's replications draw from: 0, so that every scenario and design
     * point meets the same chance events (common random numbers), except in a Saltelli design,
     * whose base row j (its k + 2 points A, B and the k mixes) runs on block j. The estimators
     * of Sobol indices difference points of one row, which still share their seeds; the rows
     * differ in their luck, so the design's overall level is not that of one set of seeds.
     */
    public int seedBlock() {
        return "saltelli".equals(designType) && !design.isEmpty() ? designPoint / (design.size() + 2) : 0;
    }

    /** The seed of one of this cell's replications under a master seed. */
    public long seed(long masterSeed, int replication, int replications) {
        return Runs.replicationSeed(masterSeed, seedBlock() * replications + replication);
    }

    /** The scenario's name. */
    public String name() {
        return scenario.name();
    }

    /**
     * An override as applied: the coded value, the value used and the reason.
     *
     * @param actor      actor code
     * @param dimension  dimension key
     * @param coded      the coder's value
     * @param confidence the coder's confidence
     * @param used       the value the scenario set
     * @param reason     the scenario's reason
     */
    public record AppliedOverride(String actor, String dimension, double coded, double confidence, double used,
                                  String reason) {
    }

    /**
     * What replication {@code replication} runs: the setup, with the model parameters of the
     * posterior sample's row {@code replication mod size} when the scenario has one.
     */
    public ModelSetup setupFor(int replication) {
        if (scenario.posterior().isEmpty()) {
            return setup;
        }
        return new ModelSetup(setup.scenario(), setup.stances(),
                setup.parameters().with(scenario.posterior().get().values(replication)), setup.catalogue());
    }

    /** The ids of the scenario's Security Council votes, in timeline order. */
    public List<String> voteIds() {
        return scenario.timeline().stream()
                .filter(e -> e instanceof org.detente.scenario.TimelineEvent.SecurityCouncilVote)
                .map(org.detente.scenario.TimelineEvent::id).toList();
    }

    /** The stance values the model starts from, by actor. */
    public Map<String, org.detente.scenario.Stance> stances() {
        return setup.stances();
    }
}
