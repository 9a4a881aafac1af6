package org.detente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.detente.model.VoteBaseRates.Propensity;
import org.junit.jupiter.api.Test;

class CouncilRecordTest {

    private static final String HEADER = "date,document,subject,sponsors,yes,no,abstain,outcome,USA,RUS,CHN,GBR,FRA,"
            + "source,confidence,notes\n";

    private static CouncilRecord parse(String rows, LocalDate before) throws Exception {
        return CouncilRecord.parse(new StringReader(HEADER + rows), "test.csv", before);
    }

    @Test
    void countsAPermanentMembersBallotsWhereItsCampPartnerVotedAgainst() throws Exception {
        CouncilRecord r = parse("""
                2014-03-15,S/1,a,United States,13,1,1,vetoed,Y,N,A,Y,Y,s,high,
                2012-02-04,S/2,b,Morocco,13,2,0,vetoed,Y,N,N,Y,Y,s,high,
                2016-10-08,S/3,c,Russian Federation,4,9,2,failed,N,Y,Y,N,N,s,high,
                2018-06-01,S/4,d,Kuwait,10,1,4,vetoed,N,Y,Y,A,Y,s,high,
                """, null);
        assertEquals(4, r.rows());
        // China beside Russia's votes against: one abstention, one against (rows 1 and 2), add-one smoothed.
        assertEquals(new Propensity(1.0 / 5, 2.0 / 5, 2.0 / 5, 2), r.givenPartnerAgainst("CHN").orElseThrow());
        // The UK beside a US vote against (rows 3 and 4): against once, abstaining once.
        assertEquals(new Propensity(1.0 / 5, 2.0 / 5, 2.0 / 5, 2), r.givenPartnerAgainst("GBR").orElseThrow());
        // The US beside a British or French vote against (row 3).
        assertEquals(new Propensity(1.0 / 4, 1.0 / 4, 2.0 / 4, 1), r.givenPartnerAgainst("USA").orElseThrow());
        assertEquals(Optional.empty(), r.givenPartnerAgainst("IND"), "not a permanent member");
    }

    @Test
    void appliesOnlyOnceAPartnerOfTheSameCampHasVotedAgainst() throws Exception {
        CouncilRecord r = parse("2014-03-15,S/1,a,United States,13,1,1,vetoed,Y,N,A,Y,Y,s,high,\n", null);
        assertTrue(r.withPartnerAgainst("CHN", Map.of("USA", "for", "RUS", "against")).isPresent());
        assertFalse(r.withPartnerAgainst("CHN", Map.of("USA", "against", "RUS", "abstain")).isPresent(),
                "a vote against from the other camp is no partner's");
        assertFalse(r.withPartnerAgainst("RUS", Map.of("RUS", "against")).isPresent(), "no member is its own partner");
        assertFalse(r.withPartnerAgainst("GBR", Map.of("USA", "against")).isPresent(),
                "no row with a US vote against: nothing recorded, so the member's own propensity stands");
    }

    @Test
    void keepsOnlyRowsBeforeTheDate() throws Exception {
        String rows = """
                2014-03-15,S/1,a,United States,13,1,1,vetoed,Y,N,A,Y,Y,s,high,
                2024-04-24,S/2,b,United States,13,1,1,vetoed,Y,N,A,Y,Y,s,high,
                """;
        assertEquals(1, parse(rows, LocalDate.of(2024, 4, 24)).rows());
        assertEquals(2, parse(rows, LocalDate.of(2024, 4, 25)).rows());
    }

    @Test
    void inconsistentRowsAreReportedWithTheirLine() {
        assertEquals("test.csv line 2: the tally 13-1-2 counts 16 votes, not the Council's 15",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03-15,S/1,a,b,13,1,2,vetoed,Y,N,A,Y,Y,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: the permanent members cast more 'abstain' votes than the tally records",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03-15,S/1,a,b,14,1,0,vetoed,Y,N,A,Y,Y,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: no permanent member voted against; the record holds only drafts a permanent"
                        + " member voted against", assertThrows(IllegalStateException.class,
                () -> parse("2014-03-15,S/1,a,b,14,0,1,vetoed,Y,Y,A,Y,Y,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: column 'outcome' must be 'failed' for this tally, got 'vetoed'",
                assertThrows(IllegalStateException.class,
                        () -> parse("2016-10-08,S/3,c,d,4,9,2,vetoed,N,Y,Y,N,N,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: CHN's ballot must be Y, N or A, got ''",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03-15,S/1,a,b,13,1,1,vetoed,Y,N,,Y,Y,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: column 'date' must be YYYY-MM-DD, got '2014-03'",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03,S/1,a,b,13,1,1,vetoed,Y,N,A,Y,Y,s,high,\n", null)).getMessage());
    }

    @Test
    void theShippedRecordLoadsAndEndsBefore2024() {
        CouncilRecord all = CouncilRecord.standard();
        assertTrue(all.rows() >= 20, () -> "rows " + all.rows());
        assertEquals(all.rows(), CouncilRecord.before(LocalDate.of(2024, 1, 1)).rows(), "nothing of 2024 in it");
    }
}
