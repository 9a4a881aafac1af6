package org.detente.coding;

import java.util.List;
import java.util.Map;
import org.detente.scenario.Stance;

/**
 * What the coder found in a set of texts: the events, and the stance evidence per actor.
 *
 * @param events  every coded event in document, paragraph and sentence order
 * @param stances the evidence per actor code, in a fixed order (USA, RUS, ALL, then others)
 */
public record CodingResult(List<CodedEvent> events, Map<String, StanceEstimate> stances) {

    public CodingResult {
        events = List.copyOf(events);
    }

    /** The stance of an actor; silent if the texts say nothing of it. */
    public Stance stance(String actor) {
        StanceEstimate estimate = stances.get(actor);
        return estimate == null ? Stance.silent() : estimate.toStance();
    }
}
