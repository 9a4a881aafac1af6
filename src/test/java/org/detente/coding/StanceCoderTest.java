package org.detente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.detente.scenario.Dimension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StanceCoderTest {

    private static StanceCoder coder;
    private static CodingResult seed;

    @BeforeAll
    static void codeSeed() throws Exception {
        coder = new StanceCoder();
        seed = coder.code(List.of(TextDocument.read(Path.of("scenarios/texts/seed-space-security.txt"))));
    }

    private static CodingResult code(String text) {
        return coder.code(List.of(TextDocument.parse("test.txt", text)));
    }

    @Test
    void attributionsAreSplitFromParagraphs() {
        TextDocument d = TextDocument.parse("t", "Moscow said it would talk. — TASS\n\nNo source here.\n");
        assertEquals(2, d.paragraphs().size());
        assertEquals("TASS", d.paragraphs().get(0).attribution());
        assertEquals("Moscow said it would talk.", d.paragraphs().get(0).text());
        assertEquals("", d.paragraphs().get(1).attribution());
    }

    @Test
    void theKremlinsPotentialFieldForDialogueIsHedgedIntentToNegotiate() {
        CodedEvent e = seed.events().stream().filter(x -> x.text().equals("field for dialogue")).findFirst().orElseThrow();
        assertEquals("036", e.cameo());
        assertEquals("RUS", e.source());
        assertEquals("USA", e.target());
        assertEquals(0.5, e.multiplier(), 1e-12);
    }

    @Test
    void thePentagonsReadinessIsAnUntargetedThreatRaisingUsResolveNotLoweringDialogue() {
        CodedEvent e = seed.events().stream().filter(x -> x.text().equals("readiness to use")).findFirst().orElseThrow();
        assertEquals("130", e.cameo());
        assertEquals("USA", e.source());
        assertEquals("", e.target());
        assertEquals(List.of("USA.R+1.00"), e.cues());
        assertTrue(seed.stances().get("USA").value(Dimension.D) > 0.7);
        assertTrue(seed.stances().get("USA").value(Dimension.R) > 0.55);
    }

    @Test
    void silentDimensionsAreHalfWithNoConfidence() {
        StanceEstimate russia = seed.stances().get("RUS");
        assertTrue(russia.silent(Dimension.R));
        assertEquals(0.5, russia.value(Dimension.R));
        assertEquals(0.0, russia.confidence(Dimension.R));
    }

    @Test
    void anAbstentionIsNeutralNotYield() {
        CodingResult r = code("Russia abstained in the vote on the draft. — TASS");
        CodedEvent e = r.events().get(0);
        assertEquals("010", e.cameo());
        assertEquals(0.0, e.goldstein());
        assertTrue(e.cues().isEmpty());
    }

    @Test
    void aVetoLowersNormCommitment() {
        CodingResult r = code("Russia vetoed the resolution banning nuclear weapons in space. — Reuters");
        assertTrue(r.stances().get("RUS").value(Dimension.N) < 0.5);
    }

    @Test
    void restatementsCountLessAndLess() {
        CodingResult once = code("Washington said it is ready to negotiate with Moscow. — AP");
        CodingResult thrice = code("Washington said it is ready to negotiate with Moscow. Washington said it is ready"
                + " to negotiate with Moscow. Washington said it is ready to negotiate with Moscow. — AP");
        assertEquals(3, thrice.events().size());
        assertEquals(1.0 / 3, thrice.events().get(2).multiplier(), 1e-12);
        assertTrue(thrice.stances().get("USA").value(Dimension.D) < once.stances().get("USA").value(Dimension.D) + 0.15);
    }

    @Property(tries = 20, seed = "20240424")
    void codingIgnoresExtraWhitespaceAndQuoteStyle(@ForAll @IntRange(min = 1, max = 4) int spaces,
                                                    @ForAll boolean curly) {
        String gap = " ".repeat(spaces);
        String text = "The press secretary for the Russian presidency commented on the United States' intention."
                + gap + "The statement framed this issue as a potential field for dialogue between Moscow and"
                + gap + "Washington. — TASS";
        if (curly) {
            text = text.replace("'", "\u2019");
        }
        CodingResult plain = code("The press secretary for the Russian presidency commented on the United States'"
                + " intention. The statement framed this issue as a potential field for dialogue between Moscow and"
                + " Washington. — TASS");
        CodingResult varied = code(text);
        assertEquals(plain.events(), varied.events());
    }
}
