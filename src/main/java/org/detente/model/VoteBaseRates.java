package org.detente.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.detente.scenario.Actors;

/**
 * Base rates for the UN vote submodel: how likely a state is to vote for, abstain on or
 * vote against a space-security text, by the bloc of the text's lead sponsor. The rates
 * come from the recorded votes in the resource {@code un-votes.csv} (41 votes, 2008–2024;
 * {@code un-votes.README.md} gives its provenance and column meanings).
 *
 * <p>Each row is classed by its lead (first listed) sponsor: Western, Russia–China or
 * non-aligned (see {@link Bloc}). For the eight states the resource lists by name
 * ({@link #LISTED}), {@link #member} gives the share of their own recorded votes on texts of
 * that bloc. Every other state gets {@link #otherStates}: the votes in each row's tally
 * that the listed states did not cast, pooled over the rows of the bloc.
 *
 * <p>All bodies are pooled: General Assembly plenary, First Committee (where the plenary
 * vote could not be checked) and Security Council. The Council's elected members are
 * treated as draws from these pooled General Assembly and Council propensities; the
 * Council rows are few (three) and add their elected members' votes to the pool. Rows of
 * medium confidence count like the others.
 *
 * <p>Every share is add-one (Laplace) smoothed over the three outcomes, so none is 0 or 1:
 * a state that voted for in all of 9 rows gets 10/12 for, 1/12 abstain, 1/12 against.
 * Counts are integers kept in enum maps and a fixed list, so the rates do not depend on
 * any hash iteration order.
 */
public final class VoteBaseRates {

    private static final String RESOURCE = "un-votes.csv";

    /** The states with their own vote columns in the resource, in column order. */
    public static final List<String> LISTED = List.of("USA", "RUS", "CHN", "GBR", "FRA", "JPN", "DEU", "IND");

    /** Indexes of the three outcomes in count arrays, and each outcome's tally column. */
    private static final int FOR = 0;
    private static final int ABSTAIN = 1;
    private static final int AGAINST = 2;
    private static final List<String> TALLY_COLUMNS = List.of("yes", "abstain", "no");

    /** Loaded on first use of {@link #standard()}, once. */
    private static final class Standard {
        static final VoteBaseRates RATES = load();
        static final List<Recorded> RECORDED = List.copyOf(readRecorded());
    }

    private final int rows;
    /** Listed state code to its propensity per bloc; a bloc is absent where it cast no recorded vote. */
    private final Map<String, Map<Bloc, Propensity>> members;
    private final Map<Bloc, Propensity> others;
    /** The share of the Assembly's unlisted members recorded as absent (not voting) in plenary votes. */
    private final double assemblyAbsence;

    /**
     * The bloc of a text's lead sponsor.
     */
    public enum Bloc {
        /** The United States and its allies. */
        WESTERN,
        /** Russia or China. */
        RUSSIA_CHINA,
        /** Any other sponsor, such as the Egypt–Sri Lanka PAROS texts. */
        NON_ALIGNED;

        private static final Set<String> WESTERN_NAMES = Set.of("United States", "United Kingdom", "France",
                "Japan", "Germany", "Canada", "Australia", "Republic of Korea", "South Korea", "Italy");
        private static final Set<String> RUSSIA_CHINA_NAMES = Set.of("Russian Federation", "Russia", "China");

        /**
         * The bloc of a sponsoring actor, by its Détente actor code: the US, its named
         * allies and the allied aggregate {@code ALL} are Western; {@code RUS} and
         * {@code CHN} are Russia–China; any other code is non-aligned.
         */
        public static Bloc ofSponsor(String actorCode) {
            Objects.requireNonNull(actorCode, "sponsor actor code is null");
            if (Actors.USA.equals(actorCode) || Actors.isAlly(actorCode)) {
                return WESTERN;
            }
            return Actors.RUSSIA.equals(actorCode) || Actors.CHINA.equals(actorCode) ? RUSSIA_CHINA : NON_ALIGNED;
        }

        /**
         * The bloc of a resource row, from its {@code sponsors} text: the lead sponsor is
         * the name before the first {@code ;}, without a parenthetical such as
         * {@code (lead)}. "United States; Japan (65 co-sponsors)" is Western, "China;
         * Russian Federation" Russia–China, "Egypt; Sri Lanka" non-aligned.
         */
        static Bloc ofSponsorsText(String sponsors) {
            String lead = leadSponsor(sponsors);
            if (WESTERN_NAMES.contains(lead)) {
                return WESTERN;
            }
            return RUSSIA_CHINA_NAMES.contains(lead) ? RUSSIA_CHINA : NON_ALIGNED;
        }

        static String leadSponsor(String sponsors) {
            String lead = sponsors.split(";", 2)[0];
            int parenthesis = lead.indexOf('(');
            if (parenthesis >= 0) {
                lead = lead.substring(0, parenthesis);
            }
            return lead.strip();
        }
    }

    /**
     * A state's chances of each vote on one text.
     *
     * @param pFor     probability of a yes vote
     * @param pAbstain probability of an abstention
     * @param pAgainst probability of a no vote
     * @param n        the number of recorded votes the probabilities rest on
     */
    public record Propensity(double pFor, double pAbstain, double pAgainst, int n) {

        /** Checks that the three are probabilities summing to 1 and that n is not negative. */
        public Propensity {
            for (double p : new double[] {pFor, pAbstain, pAgainst}) {
                if (!(p >= 0.0 && p <= 1.0)) {
                    throw new IllegalArgumentException("a vote probability must lie in [0, 1], got " + p);
                }
            }
            double sum = pFor + pAbstain + pAgainst;
            if (Math.abs(sum - 1.0) > 1e-9) {
                throw new IllegalArgumentException("vote probabilities must sum to 1, got " + pFor + " + " + pAbstain
                        + " + " + pAgainst + " = " + sum);
            }
            if (n < 0) {
                throw new IllegalArgumentException("the number of recorded votes must not be negative, got " + n);
            }
        }

        /** Add-one smoothed shares of counted yes, abstain and no votes. */
        static Propensity addOne(int yes, int abstain, int no) {
            int n = yes + abstain + no;
            double total = n + 3.0;
            return new Propensity((yes + 1) / total, (abstain + 1) / total, (no + 1) / total, n);
        }
    }

    private VoteBaseRates(int rows, Map<String, Map<Bloc, Propensity>> members, Map<Bloc, Propensity> others,
                          double assemblyAbsence) {
        this.assemblyAbsence = assemblyAbsence;
        this.rows = rows;
        this.members = members;
        this.others = others;
    }

    /** The base rates from the recorded votes shipped with Détente, loaded once. */
    public static VoteBaseRates standard() {
        return Standard.RATES;
    }

    /**
     * One line naming the resource and its sources, for run manifests.
     */
    public static String provenance() {
        return RESOURCE + ": " + standard().rows() + " recorded UN votes on space-security texts, 2008-2024"
                + " (UN Digital Library voting records 2008-2021; UN press releases, UN News and wire reports"
                + " 2022-2024), copied 2026-11-29 from the project's hand-checked observation set";
    }

    /** The number of recorded votes (rows) the rates rest on. */
    public int rows() {
        return rows;
    }

    /**
     * A state's propensities on a text sponsored by the given bloc. For a {@link #LISTED}
     * state, the add-one smoothed shares of its own recorded votes on that bloc's texts
     * (rows where it has no recorded vote are skipped). If it has no recorded vote on that
     * bloc's texts, or the code is not listed, {@link #otherStates(Bloc)}.
     */
    public Propensity member(String code, Bloc sponsorBloc) {
        Objects.requireNonNull(code, "state code is null");
        Objects.requireNonNull(sponsorBloc, "sponsor bloc is null");
        Map<Bloc, Propensity> own = members.get(code);
        Propensity p = own == null ? null : own.get(sponsorBloc);
        return p != null ? p : otherStates(sponsorBloc);
    }

    /**
     * The share of the Assembly's unlisted members recorded as not voting in the plenary votes
     * of the record (the named states are never absent in it but once): an Assembly tally counts
     * only the members present.
     */
    public double assemblyAbsence() {
        return assemblyAbsence;
    }

    /**
     * The propensities of a state not {@link #LISTED}, on a text sponsored by the given bloc:
     * in each row of that bloc, the tally's yes, abstain and no counts minus the listed
     * states' own recorded votes, summed over the rows and add-one smoothed. Security
     * Council rows are included, so the Council's elected members are treated as draws from
     * these pooled General Assembly and Council propensities. Listed states whose cell in a
     * row is empty (not verified there) stay in that row's pool. A bloc without rows gets
     * a third for each outcome, with n = 0.
     */
    public Propensity otherStates(Bloc sponsorBloc) {
        Objects.requireNonNull(sponsorBloc, "sponsor bloc is null");
        return others.get(sponsorBloc);
    }

    /**
     * A recorded vote as the resource gives it.
     *
     * @param date    {@code YYYY-MM-DD} or {@code YYYY-MM}
     * @param body    {@code UNGA plenary}, {@code UNSC} or {@code UNGA First Committee}
     * @param bloc    the bloc of its lead sponsor
     * @param outcome {@code adopted}, {@code vetoed} or {@code failed}
     * @param ballots the listed states' ballots ({@code for}, {@code against}, {@code abstain}) where recorded
     */
    public record Recorded(String date, String body, Bloc bloc, String outcome, Map<String, String> ballots) {
    }

    /** Every recorded vote of the resource, in file (date) order (read once). */
    public static List<Recorded> recorded() {
        return Standard.RECORDED;
    }

    private static List<Recorded> readRecorded() {
        List<Recorded> all = new ArrayList<>();
        try (InputStream in = VoteBaseRates.class.getResourceAsStream(RESOURCE);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord r : csv) {
                Map<String, String> ballots = new LinkedHashMap<>();
                for (String code : LISTED) {
                    int vote = vote(field(r, code, RESOURCE), code, RESOURCE);
                    if (vote >= 0) {
                        ballots.put(code, vote == FOR ? "for" : vote == ABSTAIN ? "abstain" : "against");
                    }
                }
                all.add(new Recorded(field(r, "date", RESOURCE), field(r, "body", RESOURCE),
                        Bloc.ofSponsorsText(field(r, "sponsors", RESOURCE)), field(r, "outcome", RESOURCE), ballots));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return all;
    }

    /** Rates learnt from every row, by the date before which they were recorded. */
    private static final java.util.concurrent.ConcurrentHashMap<java.time.LocalDate, VoteBaseRates> BEFORE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The rates from the votes recorded before {@code date} only: what a forecaster standing on
     * that date could know. A row dated only to its month counts when the whole month lies
     * before the date.
     */
    public static VoteBaseRates before(java.time.LocalDate date) {
        Objects.requireNonNull(date, "date");
        return BEFORE.computeIfAbsent(date, d -> load(d));
    }

    private static VoteBaseRates load() {
        return load(null);
    }

    private static VoteBaseRates load(java.time.LocalDate before) {
        try (InputStream in = VoteBaseRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("recorded UN votes resource " + RESOURCE + " is missing from the build");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, before);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads recorded votes in the resource's format; {@code name} labels error messages. */
    static VoteBaseRates parse(Reader reader, String name) throws IOException {
        return parse(reader, name, null);
    }

    /** Whether a row's date ({@code YYYY-MM-DD} or {@code YYYY-MM}) lies wholly before {@code date}. */
    public static boolean recordedBefore(String rowDate, java.time.LocalDate date) {
        String text = rowDate.strip();
        java.time.LocalDate last = text.length() == 7 ? java.time.YearMonth.parse(text).atEndOfMonth()
                : java.time.LocalDate.parse(text);
        return last.isBefore(date);
    }

    /** As {@link #parse(Reader, String)}, keeping only rows recorded before {@code before} (all if null). */
    static VoteBaseRates parse(Reader reader, String name, java.time.LocalDate before) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, Map<Bloc, int[]>> memberCounts = new LinkedHashMap<>();
        for (String code : LISTED) {
            memberCounts.put(code, new EnumMap<>(Bloc.class));
        }
        Map<Bloc, int[]> otherCounts = new EnumMap<>(Bloc.class);
        for (Bloc bloc : Bloc.values()) {
            otherCounts.put(bloc, new int[3]);
        }
        int rows = 0;
        long absentSeats = 0;
        long unlistedSeats = 0;
        try (CSVParser csv = format.parse(reader)) {
            for (String column : columnsNeeded()) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new IllegalStateException(name + ": column '" + column + "' is missing from the header");
                }
            }
            for (CSVRecord r : csv) {
                if (before != null && !recordedBefore(field(r, "date", name), before)) {
                    continue;
                }
                rows++;
                String where = name + " line " + (r.getRecordNumber() + 1) + " (" + field(r, "document", name) + ")";
                Bloc bloc = Bloc.ofSponsorsText(field(r, "sponsors", name));
                int[] remaining = new int[3];
                for (int k = 0; k < 3; k++) {
                    remaining[k] = count(r, TALLY_COLUMNS.get(k), where);
                }
                for (String code : LISTED) {
                    int vote = vote(field(r, code, name), code, where);
                    if (vote < 0) {
                        continue;
                    }
                    memberCounts.get(code).computeIfAbsent(bloc, b -> new int[3])[vote]++;
                    remaining[vote]--;
                    if (remaining[vote] < 0) {
                        throw new IllegalStateException(where + ": the listed states cast more '"
                                + TALLY_COLUMNS.get(vote) + "' votes than the tally records");
                    }
                }
                int[] pooled = otherCounts.get(bloc);
                for (int k = 0; k < 3; k++) {
                    pooled[k] += remaining[k];
                }
                if (field(r, "body", name).equals("UNGA plenary")) {
                    // Members then: 192 until South Sudan joined in July 2011, 193 since.
                    int seats = field(r, "date", name).compareTo("2011-07-14") < 0 ? 192 : 193;
                    int listedVoting = 0;
                    int cast = 0;
                    for (String code : LISTED) {
                        listedVoting += vote(field(r, code, name), code, where) >= 0 ? 1 : 0;
                    }
                    for (int k = 0; k < 3; k++) {
                        cast += count(r, TALLY_COLUMNS.get(k), where);
                    }
                    absentSeats += Math.max(0, seats - cast);
                    unlistedSeats += seats - listedVoting;
                }
            }
        }
        Map<String, Map<Bloc, Propensity>> members = new LinkedHashMap<>();
        memberCounts.forEach((code, byBloc) -> {
            Map<Bloc, Propensity> own = new EnumMap<>(Bloc.class);
            byBloc.forEach((bloc, c) -> own.put(bloc, Propensity.addOne(c[FOR], c[ABSTAIN], c[AGAINST])));
            members.put(code, own);
        });
        Map<Bloc, Propensity> others = new EnumMap<>(Bloc.class);
        otherCounts.forEach((bloc, c) -> others.put(bloc, Propensity.addOne(c[FOR], c[ABSTAIN], c[AGAINST])));
        return new VoteBaseRates(rows, members, others, absentSeats / (double) Math.max(1, unlistedSeats));
    }

    private static List<String> columnsNeeded() {
        List<String> columns = new ArrayList<>(List.of("date", "body", "document", "sponsors"));
        columns.addAll(TALLY_COLUMNS);
        columns.addAll(LISTED);
        return columns;
    }

    private static String field(CSVRecord r, String column, String name) {
        return cell(r, column, name + " line " + (r.getRecordNumber() + 1));
    }

    /** A column's text, stripped; {@code where} names the file and line in the error if it is missing. */
    static String cell(CSVRecord r, String column, String where) {
        if (!r.isSet(column)) {
            throw new IllegalStateException(where + ": column '" + column + "' is missing (the row has " + r.size()
                    + " fields)");
        }
        return r.get(column).strip();
    }

    /** A tally column's whole number of votes; {@code where} names the file and line in the error. */
    static int count(CSVRecord r, String column, String where) {
        String text = cell(r, column, where);
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(where + ": column '" + column + "' must be a whole number of votes, got '"
                + text + "'");
    }

    /** FOR, ABSTAIN or AGAINST for Y, A or N; -1 for an empty cell (no recorded vote). */
    private static int vote(String cell, String code, String where) {
        return switch (cell) {
            case "Y" -> FOR;
            case "A" -> ABSTAIN;
            case "N" -> AGAINST;
            case "" -> -1;
            default -> throw new IllegalStateException(where + ": " + code + "'s vote must be Y, N, A or empty, got '"
                    + cell + "'");
        };
    }
}
