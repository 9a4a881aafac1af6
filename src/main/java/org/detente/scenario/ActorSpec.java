package org.detente.scenario;

import java.util.List;
import java.util.Objects;

/**
 * An actor as a scenario declares it.
 *
 * @param id          actor code ({@code USA}, {@code RUS}, {@code ALL}, ...)
 * @param strategy    the strategy the actor follows
 * @param forgiveness probability of forgiving a perceived hostility (generous tit-for-tat), in [0,1]
 * @param overrides   stance values the scenario sets instead of the coded ones
 * @param statementsPerMonth public statements the actor makes to each counterpart per 30 days,
 *                    a policy lever of its own; NaN to take the public channel's capacity
 * @param line        the line of the actor's entry in the scenario file
 */
public record ActorSpec(String id, StrategyName strategy, double forgiveness, List<StanceOverride> overrides,
                        double statementsPerMonth, int line) {

    /** Default forgiveness of generous tit-for-tat: 1/3 (Nowak and Sigmund 1992; Wu and Axelrod 1995). */
    public static final double DEFAULT_FORGIVENESS = 1.0 / 3.0;

    public ActorSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        if (!Actors.isKnown(id)) {
            throw new IllegalArgumentException("unknown actor '" + id + "'");
        }
        if (!(forgiveness >= 0.0 && forgiveness <= 1.0)) {
            throw new IllegalArgumentException("forgiveness must lie in [0,1] but was " + forgiveness);
        }
        overrides = List.copyOf(overrides);
        if (!Double.isNaN(statementsPerMonth) && !(statementsPerMonth >= 0.0 && statementsPerMonth <= 300.0)) {
            throw new IllegalArgumentException("statements_per_month must lie in [0,300] but was " + statementsPerMonth);
        }
    }

    /** Whether the actor sets its own volume of public statements. */
    public boolean setsStatements() {
        return !Double.isNaN(statementsPerMonth);
    }
}
