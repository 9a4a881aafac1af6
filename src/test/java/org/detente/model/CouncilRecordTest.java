package org.detente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.detente.model.VoteBaseRates.Bloc;
import org.detente.model.VoteBaseRates.Propensity;
import org.junit.jupiter.api.Test;

class CouncilRecordTest {

    private static final String HEADER = "date,document,subject,sponsors,sponsor_bloc,yes,no,abstain,outcome,"
            + "USA,RUS,CHN,GBR,FRA,source,confidence,notes\n";

    private static CouncilRecord parse(String rows, LocalDate before) throws Exception {
        return CouncilRecord.parse(new StringReader(HEADER + rows), "test.csv", before);
    }

    @Test
    void countsAPermanentMembersBallotsWhereItsCampPartnerVotedAgainst() throws Exception {
        CouncilRecord r = parse("""
                2014-03-15,S/1,a,United States,western,13,1,1,vetoed,Y,N,A,Y,Y,s,high,
                2012-02-04,S/2,b,Morocco,non-aligned,13,2,0,vetoed,Y,N,N,Y,Y,s,high,
                2016-10-08,S/3,c,Russian Federation,russia-china,4,9,2,failed,N,Y,Y,N,N,s,high,
                2018-06-01,S/4,d,Kuwait,non-aligned,10,1,4,vetoed,N,Y,Y,A,Y,s,high,
                """, null);
        assertEquals(4, r.rows());
        // China beside Russia's votes against: abstaining on the Western draft, against on the non-aligned one.
        assertEquals(new Propensity(1.0 / 4, 2.0 / 4, 1.0 / 4, 1), r.givenPartnerAgainst("CHN", Bloc.WESTERN).orElseThrow());
        assertEquals(new Propensity(1.0 / 4, 1.0 / 4, 2.0 / 4, 1),
                r.givenPartnerAgainst("CHN", Bloc.NON_ALIGNED).orElseThrow());
        // The UK beside a US vote against: against the Russian draft, abstaining on the Kuwaiti one.
        assertEquals(new Propensity(1.0 / 4, 1.0 / 4, 2.0 / 4, 1),
                r.givenPartnerAgainst("GBR", Bloc.RUSSIA_CHINA).orElseThrow());
        assertEquals(new Propensity(1.0 / 4, 2.0 / 4, 1.0 / 4, 1),
                r.givenPartnerAgainst("GBR", Bloc.NON_ALIGNED).orElseThrow());
        assertEquals(Optional.empty(), r.givenPartnerAgainst("GBR", Bloc.WESTERN), "no such row: nothing recorded");
        // The US beside a British or French vote against (the Russian draft).
        assertEquals(new Propensity(1.0 / 4, 1.0 / 4, 2.0 / 4, 1),
                r.givenPartnerAgainst("USA", Bloc.RUSSIA_CHINA).orElseThrow());
        assertEquals(Optional.empty(), r.givenPartnerAgainst("IND", Bloc.WESTERN), "not a permanent member");
    }

    @Test
    void appliesOnlyOnceAPartnerOfTheSameCampHasVotedAgainst() throws Exception {
        CouncilRecord r = parse("2014-03-15,S/1,a,United States,western,13,1,1,vetoed,Y,N,A,Y,Y,s,high,\n", null);
        assertTrue(r.withPartnerAgainst("CHN", Bloc.WESTERN, Map.of("USA", "for", "RUS", "against")).isPresent());
        assertFalse(r.withPartnerAgainst("CHN", Bloc.NON_ALIGNED, Map.of("RUS", "against")).isPresent(),
                "no row of that bloc");
        assertFalse(r.withPartnerAgainst("CHN", Bloc.WESTERN, Map.of("USA", "against", "RUS", "abstain")).isPresent(),
                "a vote against from the other camp is no partner's");
        assertFalse(r.withPartnerAgainst("RUS", Bloc.WESTERN, Map.of("RUS", "against")).isPresent(),
                "no member is its own partner");
        assertFalse(r.withPartnerAgainst("GBR", Bloc.WESTERN, Map.of("USA", "against")).isPresent(),
                "no row with a US vote against: nothing recorded, so the member's own propensity stands");
    }

    @Test
    void keepsOnlyRowsBeforeTheDate() throws Exception {
        String rows = """
                2014-03-15,S/1,a,United States,western,13,1,1,vetoed,Y,N,A,Y,Y,s,high,
                2024-04-24,S/2,b,United States,western,13,1,1,vetoed,Y,N,A,Y,Y,s,high,
                """;
        assertEquals(1, parse(rows, LocalDate.of(2024, 4, 24)).rows());
        assertEquals(2, parse(rows, LocalDate.of(2024, 4, 25)).rows());
    }

    @Test
    void inconsistentRowsAreReportedWithTheirLine() {
        assertEquals("test.csv line 2: the tally 13-1-2 counts 16 votes, not the Council's 15",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03-15,S/1,a,b,non-aligned,13,1,2,vetoed,Y,N,A,Y,Y,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: the permanent members cast more 'abstain' votes than the tally records",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03-15,S/1,a,b,non-aligned,14,1,0,vetoed,Y,N,A,Y,Y,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: no permanent member voted against; the record holds only drafts a permanent"
                        + " member voted against", assertThrows(IllegalStateException.class,
                () -> parse("2014-03-15,S/1,a,b,non-aligned,14,0,1,vetoed,Y,Y,A,Y,Y,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: column 'outcome' must be 'failed' for this tally, got 'vetoed'",
                assertThrows(IllegalStateException.class,
                        () -> parse("2016-10-08,S/3,c,d,non-aligned,4,9,2,vetoed,N,Y,Y,N,N,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: CHN's ballot must be Y, N or A, got ''",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03-15,S/1,a,b,non-aligned,13,1,1,vetoed,Y,N,,Y,Y,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: column 'date' must be YYYY-MM-DD, got '2014-03'",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03,S/1,a,b,non-aligned,13,1,1,vetoed,Y,N,A,Y,Y,s,high,\n", null)).getMessage());
    }

    @Test
    void aMissingColumnOrUnknownBlocIsNamed() {
        assertEquals("test.csv: column 'sponsor_bloc' is missing from the header", assertThrows(
                IllegalStateException.class, () -> CouncilRecord.parse(new StringReader(
                        "date,document,yes,no,abstain,outcome,USA,RUS,CHN,GBR,FRA,source\n"), "test.csv", null))
                .getMessage());
        assertEquals("test.csv line 2: column 'sponsor_bloc' must be western, russia-china or non-aligned, got 'x'",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03-15,S/1,a,b,x,13,1,1,vetoed,Y,N,A,Y,Y,s,high,\n", null)).getMessage());
        assertEquals("test.csv line 2: column 'abstain' is missing (the row has 7 fields)",
                assertThrows(IllegalStateException.class,
                        () -> parse("2014-03-15,S/1,a,b,western,13,1\n", null)).getMessage());
    }

    /** The counts docs/ODD.md and docs/calibration.md quote. */
    @Test
    void theShippedRecordHoldsTheCountsTheDocsQuote() {
        CouncilRecord all = CouncilRecord.standard();
        assertEquals(55, all.rows());
        assertEquals(all.rows(), CouncilRecord.before(LocalDate.of(2024, 1, 1)).rows(), "nothing of 2024 in it");
        // China beside a Russian vote against a Western-led draft: 16 abstentions, 14 votes against, none for.
        assertEquals(new Propensity(1.0 / 33, 17.0 / 33, 15.0 / 33, 30),
                all.givenPartnerAgainst("CHN", Bloc.WESTERN).orElseThrow());
        // The UK beside a US vote against a Russian draft: against all 15.
        assertEquals(new Propensity(1.0 / 18, 1.0 / 18, 16.0 / 18, 15),
                all.givenPartnerAgainst("GBR", Bloc.RUSSIA_CHINA).orElseThrow());
        // ... and beside a US veto of a non-aligned draft: 3 for, 4 abstaining, none against.
        assertEquals(new Propensity(4.0 / 10, 5.0 / 10, 1.0 / 10, 7),
                all.givenPartnerAgainst("GBR", Bloc.NON_ALIGNED).orElseThrow());
        assertEquals(Optional.empty(), all.givenPartnerAgainst("FRA", Bloc.WESTERN),
                "no Western-led draft a Western member voted against");
    }
}
