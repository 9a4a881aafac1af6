package org.detente.model;

import java.util.Map;
import java.util.Objects;
import org.detente.scenario.ActorSpec;
import org.detente.scenario.Scenario;
import org.detente.scenario.Stance;

/**
 * Everything a run needs besides its seed: the scenario, each actor's starting stance
 * (coded, with overrides applied), the model parameters and the signal catalogue.
 *
 * @param scenario   the validated scenario
 * @param stances    starting stance per actor code; every scenario actor must have one
 * @param parameters model parameters
 * @param catalogue  the signals actors can send
 */
public record ModelSetup(Scenario scenario, Map<String, Stance> stances, ModelParameters parameters,
                         SignalCatalogue catalogue) {

    public ModelSetup {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(catalogue, "catalogue");
        // In the scenario's order: manifests and reports list stances the same way every run.
        stances = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stances));
        for (ActorSpec actor : scenario.actors()) {
            if (!stances.containsKey(actor.id())) {
                throw new IllegalArgumentException("no stance for actor " + actor.id());
            }
        }
    }
}
