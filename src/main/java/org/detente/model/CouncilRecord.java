package org.detente.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.detente.model.VoteBaseRates.Bloc;
import org.detente.model.VoteBaseRates.Propensity;
import org.detente.scenario.Actors;

/**
 * How a permanent member of the Security Council votes when another permanent member of its
 * camp votes against a draft. In the Council a permanent member's vote against is a veto, and
 * the record shows that its partners do not simply follow: China joined some of Russia's
 * vetoes and abstained on others, and the United Kingdom and France did not join every vote
 * the United States cast against a draft. The Assembly's space-security record, where no vote
 * is a veto, cannot show this: there China voted as Russia did on every Western-led text.
 *
 * <p>The record is the resource {@code un-council-record.csv}: every Council draft of
 * 2008–2023 put to the vote on which a permanent member voted against, with every permanent
 * member's ballot and the bloc of the draft's sponsors (its README gives the sources). The camps
 * are those of {@link Bloc#ofSponsor}: the United States, the United Kingdom and France; Russia
 * and China. For each permanent member and each sponsor bloc, {@link #givenPartnerAgainst}
 * counts its ballots on that bloc's drafts where another member of its camp voted against,
 * add-one smoothed as {@link VoteBaseRates} does, whatever the draft's subject. Keyed by bloc
 * because the record says it matters: the United Kingdom voted against every Russian draft the
 * United States voted against, and against none of the Arab and non-aligned drafts the United
 * States vetoed. Where a member has no such row for a bloc, the record says nothing and the
 * member keeps its own propensity.
 */
public final class CouncilRecord {

    private static final String RESOURCE = "un-council-record.csv";
    private static final List<String> PERMANENT = Actors.PERMANENT_MEMBERS_IN_ORDER;
    private static final int SEATS = 15;

    private static final Map<LocalDate, CouncilRecord> BEFORE = new ConcurrentHashMap<>();

    private static final class Standard {
        static final CouncilRecord ALL = load(null);
    }

    private final int rows;
    /** Each permanent member's ballots on each bloc's drafts where another of its camp voted against. */
    private final Map<String, Map<Bloc, Propensity>> withPartnerAgainst;

    private CouncilRecord(int rows, Map<String, Map<Bloc, Propensity>> withPartnerAgainst) {
        this.rows = rows;
        this.withPartnerAgainst = withPartnerAgainst;
    }

    /** The whole record shipped with Détente, loaded once. */
    public static CouncilRecord standard() {
        return Standard.ALL;
    }

    /** The rows recorded before {@code date} only: what a forecaster standing on that date could know. */
    public static CouncilRecord before(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return BEFORE.computeIfAbsent(date, CouncilRecord::load);
    }

    /** The number of Council votes the record holds. */
    public int rows() {
        return rows;
    }

    /**
     * The propensity a permanent member votes by in the Council once another permanent member of
     * its camp has voted against a draft of the given bloc: its recorded ballots in that
     * situation. Empty when {@code member} is not a permanent member, when no other member of its
     * camp is among {@code cast} with a vote against, or when the record holds no such row.
     *
     * @param member      the member about to vote
     * @param sponsorBloc the bloc of the draft's sponsor
     * @param cast        the ballots already cast in this vote ({@code for}, {@code abstain}, {@code against}) by member
     */
    public Optional<Propensity> withPartnerAgainst(String member, Bloc sponsorBloc, Map<String, String> cast) {
        for (Map.Entry<String, String> e : cast.entrySet()) {
            if (partners(member, e.getKey()) && "against".equals(e.getValue())) {
                return givenPartnerAgainst(member, sponsorBloc);
            }
        }
        return Optional.empty();
    }

    /**
     * A permanent member's recorded ballots on the drafts of a bloc that another permanent member
     * of its camp voted against; empty when {@code member} is not a permanent member or the record
     * holds no such row.
     */
    public Optional<Propensity> givenPartnerAgainst(String member, Bloc sponsorBloc) {
        Map<Bloc, Propensity> own = withPartnerAgainst.get(member);
        Propensity p = own == null ? null : own.get(sponsorBloc);
        return p == null || p.n() == 0 ? Optional.empty() : Optional.of(p);
    }

    /** Whether {@code other} is another permanent member of {@code member}'s camp. */
    public static boolean partners(String member, String other) {
        return !member.equals(other) && PERMANENT.contains(member) && PERMANENT.contains(other)
                && Bloc.ofSponsor(member) == Bloc.ofSponsor(other);
    }

    private static CouncilRecord load(LocalDate before) {
        try (InputStream in = CouncilRecord.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Security Council record " + RESOURCE + " is missing from the build");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, before);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a record in the resource's format, keeping the rows recorded before {@code before}
     * (all if null); {@code name} labels error messages. Every row is checked: fifteen votes, a
     * permanent member against, each permanent member's ballot given and within the tally, and
     * an outcome the tally allows.
     */
    static CouncilRecord parse(Reader reader, String name, LocalDate before) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, Map<Bloc, int[]>> counts = new LinkedHashMap<>();
        PERMANENT.forEach(m -> counts.put(m, new EnumMap<>(Bloc.class)));
        int rows = 0;
        try (CSVParser csv = format.parse(reader)) {
            for (String column : List.of("date", "document", "sponsor_bloc", "yes", "no", "abstain", "outcome", "USA",
                    "RUS", "CHN", "GBR", "FRA", "source")) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new IllegalStateException(name + ": column '" + column + "' is missing from the header");
                }
            }
            for (CSVRecord r : csv) {
                String where = name + " line " + (r.getRecordNumber() + 1);
                String text = VoteBaseRates.cell(r, "date", where);
                LocalDate date;
                try {
                    date = LocalDate.parse(text);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalStateException(where + ": column 'date' must be YYYY-MM-DD, got '" + text + "'");
                }
                Bloc bloc = bloc(VoteBaseRates.cell(r, "sponsor_bloc", where), where);
                int[] tally = {VoteBaseRates.count(r, "yes", where), VoteBaseRates.count(r, "abstain", where),
                        VoteBaseRates.count(r, "no", where)};
                Map<String, Integer> ballots = new LinkedHashMap<>();
                int[] permanentCast = new int[3];
                for (String m : PERMANENT) {
                    int b = ballot(VoteBaseRates.cell(r, m, where), m, where);
                    ballots.put(m, b);
                    permanentCast[b]++;
                }
                check(where, r, tally, permanentCast);
                if (before != null && !date.isBefore(before)) {
                    continue;
                }
                rows++;
                for (String m : PERMANENT) {
                    boolean partnerAgainst = PERMANENT.stream()
                            .anyMatch(o -> partners(m, o) && ballots.get(o) == Ballots.AGAINST);
                    if (partnerAgainst) {
                        counts.get(m).computeIfAbsent(bloc, b -> new int[3])[ballots.get(m)]++;
                    }
                }
            }
        }
        Map<String, Map<Bloc, Propensity>> given = new LinkedHashMap<>();
        counts.forEach((m, byBloc) -> {
            Map<Bloc, Propensity> own = new EnumMap<>(Bloc.class);
            byBloc.forEach((b, c) -> own.put(b, Propensity.addOne(c[Ballots.FOR], c[Ballots.ABSTAIN],
                    c[Ballots.AGAINST])));
            given.put(m, own);
        });
        return new CouncilRecord(rows, given);
    }

    private static void check(String where, CSVRecord r, int[] tally, int[] permanentCast) {
        int total = tally[Ballots.FOR] + tally[Ballots.ABSTAIN] + tally[Ballots.AGAINST];
        if (total != SEATS) {
            throw new IllegalStateException(where + ": the tally " + tally[Ballots.FOR] + "-" + tally[Ballots.AGAINST]
                    + "-" + tally[Ballots.ABSTAIN] + " counts " + total + " votes, not the Council's " + SEATS);
        }
        for (int k = 0; k < 3; k++) {
            if (permanentCast[k] > tally[k]) {
                throw new IllegalStateException(where + ": the permanent members cast more '" + Ballots.NAMES[k]
                        + "' votes than the tally records");
            }
        }
        if (permanentCast[Ballots.AGAINST] == 0) {
            throw new IllegalStateException(where + ": no permanent member voted against; the record holds only"
                    + " drafts a permanent member voted against");
        }
        String outcome = VoteBaseRates.cell(r, "outcome", where);
        String expected = tally[Ballots.FOR] < DetenteModel.COUNCIL_MAJORITY ? "failed" : "vetoed";
        if (!outcome.equals(expected)) {
            throw new IllegalStateException(where + ": column 'outcome' must be '" + expected + "' for this tally,"
                    + " got '" + outcome + "'");
        }
    }

    private static Bloc bloc(String cell, String where) {
        return switch (cell) {
            case "western" -> Bloc.WESTERN;
            case "russia-china" -> Bloc.RUSSIA_CHINA;
            case "non-aligned" -> Bloc.NON_ALIGNED;
            default -> throw new IllegalStateException(where + ": column 'sponsor_bloc' must be western, russia-china"
                    + " or non-aligned, got '" + cell + "'");
        };
    }

    private static int ballot(String cell, String member, String where) {
        return switch (cell) {
            case "Y" -> Ballots.FOR;
            case "A" -> Ballots.ABSTAIN;
            case "N" -> Ballots.AGAINST;
            default -> throw new IllegalStateException(where + ": " + member + "'s ballot must be Y, N or A, got '"
                    + cell + "'");
        };
    }
}
