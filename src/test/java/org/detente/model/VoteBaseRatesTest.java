package org.detente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.detente.model.VoteBaseRates.Bloc;
import org.detente.model.VoteBaseRates.Propensity;
import org.junit.jupiter.api.Test;

class VoteBaseRatesTest {

    private final VoteBaseRates rates = VoteBaseRates.standard();

    @Test
    void loadsEveryRecordedVote() {
        assertEquals(41, rates.rows());
        assertTrue(VoteBaseRates.provenance().startsWith("un-votes.csv: 41 recorded UN votes"),
                VoteBaseRates.provenance());
    }

    @Test
    void blocsFollowTheLeadSponsor() {
        assertEquals(Bloc.WESTERN, Bloc.ofSponsor("USA"));
        assertEquals(Bloc.WESTERN, Bloc.ofSponsor("ALL"));
        assertEquals(Bloc.WESTERN, Bloc.ofSponsor("KOR"));
        assertEquals(Bloc.RUSSIA_CHINA, Bloc.ofSponsor("RUS"));
        assertEquals(Bloc.RUSSIA_CHINA, Bloc.ofSponsor("CHN"));
        assertEquals(Bloc.NON_ALIGNED, Bloc.ofSponsor("IND"));
        assertEquals(Bloc.NON_ALIGNED, Bloc.ofSponsor("EGY"));
        assertEquals(Bloc.WESTERN, Bloc.ofSponsorsText("United States; Japan (65 co-sponsors)"));
        assertEquals(Bloc.WESTERN, Bloc.ofSponsorsText("Japan; United States; Argentina"));
        assertEquals(Bloc.WESTERN, Bloc.ofSponsorsText("United Kingdom (lead)"));
        assertEquals(Bloc.RUSSIA_CHINA, Bloc.ofSponsorsText("China; Russian Federation"));
        assertEquals(Bloc.RUSSIA_CHINA,
                Bloc.ofSponsorsText("Russian Federation (lead); co-authors incl. Belarus, China, Cuba, DPRK, Egypt"));
        assertEquals(Bloc.NON_ALIGNED, Bloc.ofSponsorsText("Egypt; Sri Lanka"));
    }

    @Test
    void westernDraftsSplitRussiaFromTheWest() {
        assertTrue(rates.member("RUS", Bloc.WESTERN).pAgainst() > 0.5, () -> "RUS " + rates.member("RUS", Bloc.WESTERN));
        assertTrue(rates.member("GBR", Bloc.WESTERN).pAgainst() < 0.2, () -> "GBR " + rates.member("GBR", Bloc.WESTERN));
        assertTrue(rates.member("FRA", Bloc.WESTERN).pAgainst() < 0.2, () -> "FRA " + rates.member("FRA", Bloc.WESTERN));
        double othersFor = rates.otherStates(Bloc.WESTERN).pFor();
        assertTrue(othersFor > 0.8 && othersFor < 0.97, () -> "other states " + rates.otherStates(Bloc.WESTERN));
    }

    @Test
    void theUnitedStatesVotesAgainstRussianAndChineseDrafts() {
        Propensity usa = rates.member("USA", Bloc.RUSSIA_CHINA);
        assertTrue(usa.pAgainst() > 0.5, usa::toString);
    }

    @Test
    void everyPropensitySumsToOne() {
        List<Propensity> all = new ArrayList<>();
        for (Bloc bloc : Bloc.values()) {
            for (String code : VoteBaseRates.LISTED) {
                all.add(rates.member(code, bloc));
            }
            all.add(rates.otherStates(bloc));
        }
        for (Propensity p : all) {
            assertEquals(1.0, p.pFor() + p.pAbstain() + p.pAgainst(), 1e-12, p::toString);
            assertTrue(p.n() > 0, p::toString);
        }
    }

    /**
     * China on Western-sponsored texts. The Western rows are A/RES/75/36 (N), A/RES/76/231 (N),
     * A/RES/77/41 (N), A/C.1/78/L.15/Rev.1 (N), S/2024/302 (A), A/C.1/79/L.75 (N) and the 2024
     * "Weapons of mass destruction in outer space" resolution (A): 0 Y, 2 A, 5 N, n = 7.
     * Add-one smoothed over n + 3 = 10: for 1/10, abstain 3/10, against 6/10.
     */
    @Test
    void chinaOnWesternDraftsMatchesTheHandCount() {
        Propensity chn = rates.member("CHN", Bloc.WESTERN);
        assertEquals(1.0 / 10, chn.pFor(), 1e-12);
        assertEquals(3.0 / 10, chn.pAbstain(), 1e-12);
        assertEquals(6.0 / 10, chn.pAgainst(), 1e-12);
        assertEquals(7, chn.n());
    }

    /**
     * Other states on Western-sponsored texts: each row's yes/no/abstain tally minus the
     * listed states' own cells.
     * <pre>
     * A/RES/75/36         164-12-6  listed 5Y 2N 1A  others 159 yes 10 no 5 abstain
     * A/RES/76/231        150-8-7   listed 5Y 2N 1A  others 145 yes  6 no 6 abstain
     * A/RES/77/41         155-9-9   listed 5Y 2N 1A  others 150 yes  7 no 8 abstain
     * A/C.1/78/L.15/Rev.1 166-9-5   listed 5Y 2N 1A  others 161 yes  7 no 4 abstain
     * S/2024/302          13-1-1    listed 4Y 1N 1A  others   9 yes  0 no 0 abstain
     * A/C.1/79/L.75       166-8-5   listed 5Y 2N 1A  others 161 yes  6 no 4 abstain
     * WMD in outer space  167-4-6   listed 6Y 1N 1A  others 161 yes  3 no 5 abstain
     * </pre>
     * Pooled: 946 yes, 32 abstain, 39 no, n = 1017; smoothed over 1020: 947, 33 and 40 /1020.
     */
    @Test
    void otherStatesOnWesternDraftsMatchTheHandCount() {
        Propensity others = rates.otherStates(Bloc.WESTERN);
        assertEquals(947.0 / 1020, others.pFor(), 1e-12);
        assertEquals(33.0 / 1020, others.pAbstain(), 1e-12);
        assertEquals(40.0 / 1020, others.pAgainst(), 1e-12);
        assertEquals(1017, others.n());
    }

    @Test
    void aStateWithoutOwnRecordsGetsTheOtherStatesRate() {
        assertEquals(rates.otherStates(Bloc.NON_ALIGNED), rates.member("BRA", Bloc.NON_ALIGNED));
        assertEquals(rates.otherStates(Bloc.WESTERN), rates.member("ALL", Bloc.WESTERN));
    }

    private static final String HEADER = "date,body,document,title,sponsors,yes,no,abstain,outcome,"
            + "USA,RUS,CHN,GBR,FRA,JPN,DEU,IND,source,confidence\n";

    @Test
    void smoothingAndSkippedCellsFollowTheDefinition() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 9; i++) {
            csv.append("2020-01-01,UNGA plenary,D").append(i).append(",t,Egypt,20,0,0,adopted,Y,Y,Y,Y,Y,Y,Y,Y,s,high\n");
        }
        csv.append("2020-01-02,UNGA plenary,E,t,Egypt,20,0,0,adopted,,Y,Y,Y,Y,Y,Y,Y,s,high\n");
        VoteBaseRates small = VoteBaseRates.parse(new StringReader(csv.toString()), "test.csv");
        assertEquals(10, small.rows());
        assertEquals(new Propensity(10.0 / 12, 1.0 / 12, 1.0 / 12, 9), small.member("USA", Bloc.NON_ALIGNED));
        assertEquals(small.otherStates(Bloc.WESTERN), small.member("USA", Bloc.WESTERN), "no records: other states");
        assertEquals(new Propensity(1.0 / 3, 1.0 / 3, 1.0 / 3, 0), small.otherStates(Bloc.WESTERN));
        // 9 rows of 12 others plus one of 13 (the USA's empty cell stays in the tally)
        assertEquals(121, small.otherStates(Bloc.NON_ALIGNED).n());
    }

    @Test
    void inconsistentRowsAreReportedWithTheirLine() {
        String csv = HEADER + "2020-01-01,UNSC,S/1,t,Russian Federation,7,0,0,failed,N,Y,Y,N,N,,,,s,high\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> VoteBaseRates.parse(new StringReader(csv), "test.csv"));
        assertEquals("test.csv line 2 (S/1): the listed states cast more 'no' votes than the tally records",
                e.getMessage());
        String badCell = HEADER + "2020-01-01,UNSC,S/1,t,Russian Federation,7,7,1,failed,X,Y,Y,N,N,,,,s,high\n";
        e = assertThrows(IllegalStateException.class, () -> VoteBaseRates.parse(new StringReader(badCell), "test.csv"));
        assertEquals("test.csv line 2 (S/1): USA's vote must be Y, N, A or empty, got 'X'", e.getMessage());
    }
}
