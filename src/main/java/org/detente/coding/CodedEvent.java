package org.detente.coding;

import java.util.List;

/**
 * One coded event with its audit trail.
 *
 * @param document    document name
 * @param paragraph   1-based paragraph number
 * @param sentence    1-based sentence number within the paragraph
 * @param start       character offset of the matched phrase in the paragraph (normalised text)
 * @param end         end offset (exclusive)
 * @param text        the matched words
 * @param speaker     who made the statement (actor code, or empty when unknown)
 * @param attribution the channel the statement reached us through ({@code TASS})
 * @param source      the actor doing what the event describes (a joint act is one event per actor)
 * @param target      the actor it is directed at, or empty for an untargeted event
 * @param cameo       CAMEO code
 * @param goldstein   Goldstein weight of the code
 * @param pattern     the resource line of the pattern that matched, with the pattern
 * @param multiplier  modality and restatement multiplier applied to its cues
 * @param modality    what set the multiplier (hedge, commitment, negation, restatement, expectation)
 * @param cues        the cues it added, as {@code ACTOR.DIM+w}
 */
public record CodedEvent(String document, int paragraph, int sentence, int start, int end, String text,
                         String speaker, String attribution, String source, String target, String cameo,
                         double goldstein, String pattern, double multiplier, List<String> modality,
                         List<String> cues) {

    public CodedEvent {
        modality = List.copyOf(modality);
        cues = List.copyOf(cues);
    }
}
