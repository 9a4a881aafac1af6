package org.detente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SignalCatalogueTest {

    private final SignalCatalogue catalogue = SignalCatalogue.standard();

    @Test
    void coversTheDomainFromConsultationToANuclearDetonation() {
        Set<Integer> rungs = catalogue.types().stream().map(SignalType::rung).collect(Collectors.toSet());
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6), rungs);
        assertEquals("040", catalogue.find("consult").orElseThrow().cameo());
        assertEquals(EscalationCategory.NUCLEAR, catalogue.find("nuclear_detonation").orElseThrow().category());
        assertEquals(-5.0, catalogue.find("veto").orElseThrow().goldstein());
    }

    @Test
    void closestRespectsMaterialAndRungLimits() {
        assertEquals("jamming", catalogue.closest(-9.0, true, 6).id());
        assertEquals("threaten_force", catalogue.closest(-9.0, false, 6).id(), "no material acts when not allowed");
        assertEquals("asat_test", catalogue.closest(-9.0, true, 3).id(), "no act above the rung limit");
    }

    @Test
    void perceptionStaysWithinTheActsNatureAndRecognisesTies() {
        SignalType nuclear = catalogue.find("nuclear_detonation").orElseThrow();
        assertEquals(nuclear, catalogue.perceive(nuclear, -10.0), "ties resolve to what happened");
        SignalType consult = catalogue.find("consult").orElseThrow();
        assertTrue(!catalogue.perceive(consult, -9.5).material(), "words are never seen as deeds");
        assertEquals("accuse", catalogue.perceive(consult, -2.1).id());
    }
}
