package org.detente.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.detente.analysis.Hindcasts.Forecast;
import org.detente.analysis.Hindcasts.Result;
import org.detente.analysis.Hindcasts.Row;
import org.detente.analysis.Scores;
import org.detente.model.CouncilRecord;
import org.detente.model.DetenteModel;
import org.detente.model.RandomStream;
import org.detente.model.RandomStreams;
import org.detente.model.VoteBaseRates;
import org.detente.scenario.Actors;
import org.detente.scenario.InputException;
import org.detente.scenario.Observed;
import org.detente.scenario.Problem;
import org.detente.scenario.TimelineEvent;

/**
 * Scores a scenario's runs against what was observed after its start date: for every observed
 * quantity, the probability the runs gave to what happened, its Brier and log scores
 * ({@link Scores}), and the same for three reference forecasts a reader can weigh the model
 * against (docs/calibration.md, "Hindcast"):
 * <ul>
 *   <li><b>uniform</b>: every possible value equally likely;</li>
 *   <li><b>base rate</b>: what the record before the start date says: each state votes by its
 *       recorded propensity on texts of the sponsor's bloc ({@link VoteBaseRates#before}), tallies
 *       and outcomes follow from those ballots, and counterspace acts and crises come at their
 *       rate in the ten years before the start (a Poisson process);</li>
 *   <li><b>persistence</b>: "as last time": 0.8 on what happened the last time (the state's last
 *       vote on a text of the same bloc, whether such an act came in the year before), 0.2
 *       spread over the rest; undefined for tallies.</li>
 * </ul>
 * The model's probability of what happened is (count + 1/2) / (runs + 1), so it is never 0 or 1
 * and a log score is always finite.
 */
public final class Hindcast {

    /** The child of the master seed whose streams draw the base-rate forecasts of votes (one per observation line). */
    public static final long BASE_RATE_STREAM = -6;

    /** The weight persistence puts on the last value. */
    public static final double PERSISTENCE = 0.8;
    /** Years of record before the start date the base rates of acts and crises count. */
    public static final int BASE_RATE_YEARS = 10;

    private Hindcast() {
    }

    /** A quantity read from each run: its value (a category, or a count as text). */
    record Quantity(String name, String kind, String observed, String meaning, int line, int categories,
                            Function<RunResult, String> value, Forecast uniform, Forecast baseRate,
                            Forecast persistence) {
    }

    /**
     * Checks the observations against the scenario, runs it and scores it.
     *
     * @throws InputException if an observation does not fit the scenario (naming its file and line)
     */
    public static Result run(CompiledScenario scenario, Observed observed, int replications, long masterSeed,
                             int threads, BatchRunner.Progress progress) throws Exception {
        return run(prepare(scenario, observed, masterSeed), replications, threads, progress);
    }

    /**
     * A hindcast checked and ready to run: the observations fit the scenario, and the reference
     * forecasts are computed.
     *
     * @param scenario   the scenario
     * @param quantities what will be scored
     * @param masterSeed the master seed
     */
    public record Prepared(CompiledScenario scenario, List<Quantity> quantities, long masterSeed) {
    }

    /**
     * Checks the observations against the scenario (before anything is written or run) and
     * computes the reference forecasts.
     *
     * @throws InputException if an observation does not fit the scenario (naming its file and line)
     */
    public static Prepared prepare(CompiledScenario scenario, Observed observed, long masterSeed)
            throws InputException {
        return new Prepared(scenario, quantities(scenario, observed, masterSeed), masterSeed);
    }

    /** Runs a prepared hindcast and scores it. */
    public static Result run(Prepared prepared, int replications, int threads, BatchRunner.Progress progress)
            throws Exception {
        CompiledScenario scenario = prepared.scenario();
        long masterSeed = prepared.masterSeed();
        List<Quantity> quantities = prepared.quantities();
        BatchPlan plan = new BatchPlan(List.of(scenario), replications, masterSeed, threads);
        List<Map<String, Long>> counts = new ArrayList<>();
        quantities.forEach(q -> counts.add(new HashMap<>()));
        long[] joint = new long[2];
        BatchRunner.run(plan, result -> {
            boolean all = true;
            for (int i = 0; i < quantities.size(); i++) {
                Quantity q = quantities.get(i);
                String value = q.value().apply(result);
                counts.get(i).merge(value, 1L, Long::sum);
                if (scored(q.kind()) && !value.equals(q.observed())) {
                    all = false;
                }
            }
            joint[0] += all ? 1 : 0;
            joint[1]++;
        }, progress);
        long n = joint[1];
        RandomStream pitStream = RandomStreams.generator(RandomStreams.child(masterSeed, -2));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            Map<String, Long> c = counts.get(i);
            long hit = c.getOrDefault(q.observed(), 0L);
            double p = (hit + 0.5) / (n + 1.0);
            double squares = p * p;
            for (Map.Entry<String, Long> e : c.entrySet()) {
                if (!e.getKey().equals(q.observed())) {
                    double pk = e.getValue() / (n + 1.0);
                    squares += pk * pk;
                }
            }
            double pit = Double.NaN;
            if (q.kind().equals("count")) {
                long below = 0;
                int y = Integer.parseInt(q.observed());
                for (Map.Entry<String, Long> e : c.entrySet()) {
                    below += Integer.parseInt(e.getKey()) < y ? e.getValue() : 0;
                }
                pit = Scores.pit((double) below / n, (double) hit / n, pitStream.nextDouble());
            }
            Forecast model = scored(q.kind()) ? Forecast.of(p, squares) : new Forecast(p, Double.NaN, Double.NaN);
            double floor = 0.5 / (n + 1.0);
            rows.add(new Row(q.name(), q.kind(), q.observed(), q.meaning(), model, q.uniform().withFloor(floor),
                    q.baseRate().withFloor(floor), q.persistence().withFloor(floor), pit, q.line()));
        }
        return new Result(rows, n, joint[0]);
    }

    /** Writes {@code hindcast.csv}: one row per observed quantity, the model's and each reference's scores. */
    public static void write(java.nio.file.Path file, Result result) throws IOException {
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(
                java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8), BatchWriter.CSV)) {
            csv.printRecord("quantity", "kind", "observed", "runs", "model_p", "model_brier", "model_log", "uniform_p",
                    "uniform_brier", "uniform_log", "base_rate_p", "base_rate_brier", "base_rate_log", "persistence_p",
                    "persistence_brier", "persistence_log", "pit", "meaning");
            for (Row r : result.rows()) {
                List<Object> row = new ArrayList<>(List.of(r.quantity(), r.kind(), r.observed(), result.runs()));
                for (Forecast f : List.of(r.model(), r.uniform(), r.baseRate(), r.persistence())) {
                    row.add(org.detente.analysis.Numbers.format(f.p()));
                    row.add(org.detente.analysis.Numbers.format(f.brier()));
                    row.add(org.detente.analysis.Numbers.format(f.log()));
                }
                row.add(org.detente.analysis.Numbers.format(r.pit()));
                row.add(r.meaning());
                csv.printRecord(row);
            }
        }
    }

    // ---- the quantities of each observation, checked against the scenario ---------------

    private static List<Quantity> quantities(CompiledScenario compiled, Observed observed, long masterSeed)
            throws InputException {
        org.detente.scenario.Scenario scenario = compiled.scenario();
        List<Problem> problems = new ArrayList<>();
        if (scenario.startDate().isEmpty() || !scenario.startDate().get().equals(observed.startDate())) {
            throw new InputException(new Problem(scenario.file(), 0, "start_date", "the observations start on "
                    + observed.startDate() + " (" + observed.file() + "), so the scenario needs start_date: "
                    + observed.startDate() + (scenario.startDate().isPresent() ? ", not " + scenario.startDate().get()
                    : "")));
        }
        LocalDate start = observed.startDate();
        int horizon = scenario.horizonDays();
        Set<String> actors = new java.util.HashSet<>();
        scenario.actors().forEach(a -> actors.add(a.id()));
        List<Quantity> quantities = new ArrayList<>();
        for (Observed.Observation o : observed.observations()) {
            String field = "observations." + o.id();
            for (LocalDate date : org.detente.scenario.ObservedReader.dates(o)) {
                long day = ChronoUnit.DAYS.between(start, date);
                if (day >= horizon) {
                    problems.add(new Problem(observed.file(), o.line(), field, "dated " + date + ", day " + day
                            + " of the scenario, which runs " + horizon + " days (to " + start.plusDays(horizon - 1)
                            + ")"));
                }
            }
            if (o instanceof Observed.Vote v) {
                TimelineEvent.SecurityCouncilVote event = scenario.timeline().stream()
                        .filter(e -> e.id().equals(v.event()) && e instanceof TimelineEvent.SecurityCouncilVote)
                        .map(e -> (TimelineEvent.SecurityCouncilVote) e).findFirst().orElse(null);
                if (event == null) {
                    problems.add(new Problem(observed.file(), o.line(), field + ".event", "the scenario ("
                            + scenario.file() + ") has no vote '" + v.event() + "' in its timeline"));
                    continue;
                }
                long day = ChronoUnit.DAYS.between(start, v.date());
                if (event.day() != day) {
                    problems.add(new Problem(observed.file(), o.line(), field + ".date", v.date() + " is day " + day
                            + ", but the scenario holds vote '" + v.event() + "' on day " + event.day()));
                    continue;
                }
                consistent(v, event, observed.file(), problems);
                quantities.addAll(VoteQuantities.of(v, event, start, observed.file(), masterSeed));
            } else if (o instanceof Observed.Demonstrations d) {
                if (!actors.contains(d.actor()) || (!d.target().isEmpty() && !actors.contains(d.target()))) {
                    problems.add(new Problem(observed.file(), o.line(), field, "the scenario has no actor "
                            + (actors.contains(d.actor()) ? d.target() : d.actor())));
                    continue;
                }
                quantities.addAll(demonstrations(d, start));
            } else if (o instanceof Observed.Crisis c) {
                Set<String> pair = Set.of(c.first(), c.second());
                List<List<String>> dyads = scenario.crisisDyadsInForce();
                if (dyads.size() != 1 || !pair.equals(Set.copyOf(dyads.get(0)))) {
                    problems.add(new Problem(observed.file(), o.line(), field + ".pair", "runs record the crisis of"
                            + " the scenario's crisis dyads, here " + (dyads.isEmpty() ? "any pair of actors"
                            : dyads.stream().map(d -> d.get(0) + "-" + d.get(1)).toList()) + "; observe one of them"
                            + " alone, or declare crisis_dyads: [[" + c.first() + ", " + c.second() + "]]"));
                    continue;
                }
                quantities.add(crisis(c, start));
            } else if (o instanceof Observed.ChannelState ch) {
                if (scenario.channel(ch.channel()).isEmpty()) {
                    problems.add(new Problem(observed.file(), o.line(), field + ".channel", "the scenario has no"
                            + " channel '" + ch.channel() + "'"));
                    continue;
                }
                quantities.add(channel(ch, scenario, start));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return quantities;
    }

    /** Checks an observed vote against itself: its tally fits the body, its ballots the tally, its outcome both. */
    private static void consistent(Observed.Vote v, TimelineEvent.SecurityCouncilVote event, java.nio.file.Path file,
                                   List<Problem> problems) {
        boolean council = event.body() == TimelineEvent.Body.SECURITY_COUNCIL;
        int seats = council ? Actors.PERMANENT_MEMBERS_IN_ORDER.size() + DetenteModel.ELECTED_MEMBERS
                : DetenteModel.ASSEMBLY_MEMBERS;
        int cast = v.votesFor() + v.votesAgainst() + v.abstentions();
        String field = "observations." + v.id();
        if (council ? cast != seats : cast > seats) {
            problems.add(new Problem(file, v.line(), field + ".tally", v.tally() + " counts " + cast + " votes; the "
                    + (council ? "Security Council has " + seats + " members, every one recorded"
                    : "General Assembly has " + seats + " members")));
        }
        int[] listed = new int[3];
        boolean permanentAgainst = false;
        for (Map.Entry<String, String> b : v.ballots().entrySet()) {
            int k = List.of("for", "against", "abstain").indexOf(b.getValue());
            listed[k]++;
            permanentAgainst |= k == 1 && Actors.PERMANENT_MEMBERS.contains(b.getKey());
        }
        int[] tally = {v.votesFor(), v.votesAgainst(), v.abstentions()};
        for (int k = 0; k < 3; k++) {
            if (listed[k] > tally[k]) {
                problems.add(new Problem(file, v.line(), field + ".votes", listed[k] + " listed members vote "
                        + List.of("for", "against", "abstain").get(k) + " but the tally " + v.tally() + " has "
                        + tally[k]));
            }
        }
        long permanentListed = v.ballots().keySet().stream().filter(Actors.PERMANENT_MEMBERS::contains).count();
        String expected = !council ? (v.votesFor() > v.votesAgainst() ? "adopted" : "failed")
                : v.votesFor() < DetenteModel.COUNCIL_MAJORITY ? "failed" : permanentAgainst ? "vetoed"
                : v.votesAgainst() == 0 || permanentListed == Actors.PERMANENT_MEMBERS.size() ? "adopted" : null;
        if (expected == null && v.outcome().equals("failed")) {
            expected = "adopted or vetoed";
        }
        for (Map.Entry<String, String> b : v.ballots().entrySet()) {
            boolean sponsor = b.getKey().equals(event.sponsor()) || event.cosponsors().contains(b.getKey());
            if (sponsor && !b.getValue().equals("for")) {
                problems.add(new Problem(file, v.line(), field + ".votes." + b.getKey(), b.getKey() + " sponsors or"
                        + " co-sponsors the scenario's draft '" + v.event() + "', so it votes for; the observation"
                        + " says " + b.getValue()));
            }
        }
        if (expected != null && !expected.contains(v.outcome())) {
            problems.add(new Problem(file, v.line(), field + ".outcome", "'" + v.outcome() + "' contradicts the tally"
                    + " and ballots, which make it " + expected));
        }
    }

    private static List<Quantity> demonstrations(Observed.Demonstrations d, LocalDate start) {
        int from = (int) ChronoUnit.DAYS.between(start, d.from());
        int to = (int) ChronoUnit.DAYS.between(start, d.to());
        Function<RunResult, Integer> count = r -> (int) r.acts().stream()
                .filter(a -> a.sender().equals(d.actor()) && (d.target().isEmpty() || a.receiver().equals(d.target()))
                        && d.signals().contains(a.signal()) && a.day() >= from && a.day() <= to).count();
        String what = d.actor() + " " + String.join(" or ", d.signals().stream().map(x -> x.replace('_', ' ')
                .replace('-', ' ')).toList()) + (d.target().isEmpty() ? "" : " toward "
                + d.target()) + " between " + d.from() + " and " + d.to();
        double years = (to - from + 1) / 365.25;
        List<String> kinds = new ArrayList<>();
        for (String signal : d.signals()) {
            kinds.addAll(RecordedActs.kinds(signal));
        }
        double rate = RecordedActs.perYear(d.actor(), kinds, start);
        boolean lastYear = RecordedActs.inYearBefore(d.actor(), kinds, start);
        boolean any = d.count() > 0;
        double pBase = 1 - Math.exp(-rate * years);
        Forecast base = binary(any ? pBase : 1 - pBase);
        Forecast persistence = persistence(lastYear == any, 2);
        return List.of(
                new Quantity(d.id() + ".any", "binary", any ? "yes" : "no", "any " + what, d.line(), 2,
                        r -> count.apply(r) > 0 ? "yes" : "no", binary(0.5), base, persistence),
                new Quantity(d.id() + ".count", "count", Integer.toString(d.count()), "how many: " + what, d.line(), 0,
                        r -> Integer.toString(count.apply(r)), Forecast.UNDEFINED, Forecast.UNDEFINED,
                        Forecast.UNDEFINED));
    }

    private static Quantity crisis(Observed.Crisis c, LocalDate start) {
        int by = (int) ChronoUnit.DAYS.between(start, c.by());
        double years = (by + 1) / 365.25;
        List<String> kinds = List.of("jamming-reported", "laser-dazzling-reported");
        double rate = RecordedActs.perYear(c.first(), kinds, start) + RecordedActs.perYear(c.second(), kinds, start);
        boolean lastYear = RecordedActs.inYearBefore(c.first(), kinds, start)
                || RecordedActs.inYearBefore(c.second(), kinds, start);
        double pBase = 1 - Math.exp(-rate * years);
        return new Quantity(c.id(), "binary", c.occurred() ? "yes" : "no", "a " + c.first() + "-" + c.second()
                + " crisis (interference or worse) by " + c.by(), c.line(), 2,
                r -> r.firstCrisisDay() >= 0 && r.firstCrisisDay() <= by ? "yes" : "no", binary(0.5),
                binary(c.occurred() ? pBase : 1 - pBase),
                persistence(lastYear == c.occurred(), 2));
    }

    private static Quantity channel(Observed.ChannelState ch, org.detente.scenario.Scenario scenario, LocalDate start) {
        int day = (int) ChronoUnit.DAYS.between(start, ch.date());
        boolean open = scenario.channel(ch.channel()).orElseThrow().open();
        for (TimelineEvent e : scenario.timeline()) {
            if (e.day() <= day && e instanceof TimelineEvent.ChannelSuspended s && s.channel().equals(ch.channel())) {
                open = false;
            } else if (e.day() <= day && e instanceof TimelineEvent.ChannelRestored s
                    && s.channel().equals(ch.channel())) {
                open = true;
            }
        }
        boolean scripted = open;
        double years = (day + 1) / 365.25;
        double rate = RecordedActs.suspensionsPerYear(start);
        double pOpen = Math.exp(-rate * years);
        return new Quantity(ch.id(), "binary", ch.open() ? "yes" : "no", "channel " + ch.channel() + " open on "
                + ch.date(), ch.line(), 2, r -> scripted ? "yes" : "no", binary(0.5),
                binary(ch.open() ? pOpen : 1 - pOpen), persistence(ch.open(), 2));
    }

    /** Whether quantities of this kind are scored: not counts (PIT only) nor ballots the script fixes. */
    static boolean scored(String kind) {
        return kind.equals("categorical") || kind.equals("binary");
    }

    /** A yes/no forecast giving p to what happened. */
    static Forecast binary(double p) {
        return Forecast.of(p, p * p + (1 - p) * (1 - p));
    }

    /**
     * The persistence forecast over K categories: {@link #PERSISTENCE} on the last value, the
     * rest spread evenly over the others, scored for what happened (the last value or not).
     */
    static Forecast persistence(boolean sameAsLast, int categories) {
        double rest = (1 - PERSISTENCE) / (categories - 1);
        return Forecast.of(sameAsLast ? PERSISTENCE : rest, PERSISTENCE * PERSISTENCE + (categories - 1) * rest * rest);
    }

    /** A forecast over K categories giving p to what happened and spreading the rest evenly. */
    static Forecast spread(double p, int categories) {
        double rest = categories > 1 ? (1 - p) / (categories - 1) : 0;
        return Forecast.of(p, p * p + (categories - 1) * rest * rest);
    }

    // ---- votes -------------------------------------------------------------------------

    /** The quantities of one observed vote, with their reference forecasts. */
    static final class VoteQuantities {

        private static final List<String> BALLOTS = List.of("for", "abstain", "against");

        private VoteQuantities() {
        }

        static List<Quantity> of(Observed.Vote v, TimelineEvent.SecurityCouncilVote event, LocalDate start,
                                 java.nio.file.Path file, long masterSeed) throws InputException {
            long seed = RandomStreams.child(masterSeed, BASE_RATE_STREAM);
            boolean council = event.body() == TimelineEvent.Body.SECURITY_COUNCIL;
            int seats = council ? Actors.PERMANENT_MEMBERS_IN_ORDER.size() + DetenteModel.ELECTED_MEMBERS
                    : DetenteModel.ASSEMBLY_MEMBERS;
            VoteBaseRates.Bloc bloc = VoteBaseRates.Bloc.ofSponsor(event.sponsor());
            VoteBaseRates rates = VoteBaseRates.before(start);
            List<VoteBaseRates.Recorded> history = VoteBaseRates.recorded().stream()
                    .filter(r -> VoteBaseRates.recordedBefore(r.date(), start)).toList();
            // The named members and their base-rate ballots, as the model names them.
            Map<String, double[]> named = new LinkedHashMap<>();
            List<String> order = new ArrayList<>(Actors.PERMANENT_MEMBERS_IN_ORDER);
            if (!council) {
                VoteBaseRates.LISTED.stream().filter(s -> !order.contains(s)).forEach(order::add);
            }
            event.cosponsors().stream().filter(s -> !order.contains(s)).forEach(order::add);
            event.elected().stream().filter(s -> !order.contains(s)).forEach(order::add);
            // In the Council a permanent member whose camp partner has voted against votes by the
            // Council's record of such votes on drafts of the sponsor's bloc, as in the model; only
            // a member with an earlier partner free to vote against can be so moved.
            CouncilRecord councilRecord = CouncilRecord.before(start);
            Map<String, double[]> conditional = new LinkedHashMap<>();
            List<String> free = new ArrayList<>();
            for (String member : order) {
                boolean scripted = member.equals(event.sponsor()) || event.cosponsors().contains(member);
                named.put(member, scripted ? new double[] {1, 0, 0} : probabilities(rates.member(member, bloc)));
                if (council && !scripted && free.stream().anyMatch(p -> CouncilRecord.partners(member, p))) {
                    councilRecord.givenPartnerAgainst(member, bloc).ifPresent(p -> conditional.put(member,
                            probabilities(p)));
                }
                if (!scripted) {
                    free.add(member);
                }
            }
            for (String m : v.ballots().keySet()) {
                if (!named.containsKey(m)) {
                    throw new InputException(new Problem(file, v.line(), "observations." + v.id() + ".votes." + m,
                            m + " has no vote of its own in the scenario's vote '" + v.event() + "'"
                                    + (council ? " (name it under elected:)" : "")));
                }
            }
            double[] other = probabilities(rates.otherStates(bloc));
            int others = seats - named.size();

            String what = (council ? "Security Council" : "General Assembly") + " vote of " + v.date() + " ("
                    + v.id().replace('_', ' ') + ")";
            List<Quantity> quantities = new ArrayList<>();
            String id = v.id();
            int line = v.line();
            // Outcome.
            List<String> outcomes = council ? List.of("adopted", "vetoed", "failed") : List.of("adopted", "failed");
            double absence = council ? 0 : rates.assemblyAbsence();
            BaseRateVote base = BaseRateVote.simulate(named, conditional, other, others, absence, council, v,
                    RandomStreams.generator(RandomStreams.child(seed, v.line())), BASE_RATE_DRAWS);
            String lastOutcome = history.stream().filter(r -> r.bloc() == bloc && r.body().equals(council ? "UNSC"
                    : "UNGA plenary")).map(VoteBaseRates.Recorded::outcome).reduce((a, b) -> b)
                    .orElse(history.stream().filter(r -> r.bloc() == bloc).map(VoteBaseRates.Recorded::outcome)
                            .reduce((a, b) -> b).orElse(""));
            quantities.add(new Quantity(id + ".outcome", "categorical", v.outcome(), "outcome of the " + what, line,
                    outcomes.size(), r -> vote(r, v).outcome(), spread(1.0 / outcomes.size(), outcomes.size()),
                    base.forecast(base.outcomes(), v.outcome()),
                    lastOutcome.isEmpty() ? Forecast.UNDEFINED
                            : persistence(lastOutcome.equals(v.outcome()), outcomes.size())));
            // Tally (for-against-abstaining; in the Assembly absentees make it sum to less than 193) and the
            // exact pattern (tally and every listed ballot).
            double tallies = council ? (seats + 1.0) * (seats + 2) / 2 : (seats + 1.0) * (seats + 2) * (seats + 3) / 6;
            quantities.add(new Quantity(id + ".tally", "categorical", v.tally(), "tally (for-against-abstaining) of the "
                    + what, line, (int) tallies, r -> vote(r, v).tally(), Forecast.of(1 / tallies, 1 / tallies),
                    base.forecast(base.tallies(), v.tally()), Forecast.UNDEFINED));
            double patterns = tallies * Math.pow(3, v.ballots().size());
            String ballots = String.join(" ", v.ballots().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .toList());
            String observedPattern = v.tally() + " " + ballots;
            quantities.add(new Quantity(id + ".pattern", "categorical", observedPattern,
                    "the exact pattern (tally and " + String.join(", ", v.ballots().keySet()) + ") of the " + what, line,
                    (int) Math.min(Integer.MAX_VALUE, patterns), r -> pattern(vote(r, v), v),
                    Forecast.of(1 / patterns, 1 / patterns), base.forecast(base.patterns(), observedPattern),
                    Forecast.UNDEFINED));
            // Each listed member's ballot.
            for (Map.Entry<String, String> e : v.ballots().entrySet()) {
                String member = e.getKey();
                double[] propensity = named.get(member);
                String last = history.stream().filter(r -> r.bloc() == bloc && r.ballots().containsKey(member))
                        .map(r -> r.ballots().get(member)).reduce((a, b) -> b).orElse("");
                int b = BALLOTS.indexOf(e.getValue());
                boolean scripted = member.equals(event.sponsor()) || event.cosponsors().contains(member);
                // A ballot that depends on a partner's has its marginal from the draws; any other its propensity.
                Forecast baseRate = conditional.containsKey(member) ? base.ballot(member, e.getValue())
                        : Forecast.of(propensity[b], sumOfSquares(propensity));
                quantities.add(new Quantity(id + "." + member, scripted ? "scripted" : "categorical", e.getValue(),
                        member + "'s ballot in the "
                        + what, line, 3, r -> vote(r, v).votes().getOrDefault(member, "none"), spread(1.0 / 3, 3),
                        baseRate,
                        last.isEmpty() ? Forecast.UNDEFINED : persistence(last.equals(e.getValue()), 3)));
            }
            // Counts, for the PIT.
            quantities.add(count(id + ".votes_for", v.votesFor(), "votes for in the " + what, line,
                    r -> vote(r, v).votesFor()));
            quantities.add(count(id + ".votes_against", v.votesAgainst(), "votes against in the " + what, line,
                    r -> vote(r, v).votesAgainst()));
            quantities.add(count(id + ".abstentions", v.abstentions(), "abstentions in the " + what, line,
                    r -> vote(r, v).abstentions()));
            return quantities;
        }

        private static Quantity count(String name, int observed, String meaning, int line,
                                      Function<RunResult, Integer> value) {
            return new Quantity(name, "count", Integer.toString(observed), meaning, line, 0,
                    r -> Integer.toString(value.apply(r)), Forecast.UNDEFINED, Forecast.UNDEFINED, Forecast.UNDEFINED);
        }

        private static org.detente.model.ModelEvent.VoteHeld vote(RunResult r, Observed.Vote v) {
            org.detente.model.ModelEvent.VoteHeld held = r.votes().get(v.event());
            if (held == null) {
                throw new IllegalStateException("run " + r.replication() + " held no vote " + v.event());
            }
            return held;
        }

        private static String pattern(org.detente.model.ModelEvent.VoteHeld held, Observed.Vote v) {
            StringBuilder s = new StringBuilder(held.tally());
            String sep = " ";
            for (String member : v.ballots().keySet()) {
                s.append(sep).append(member).append(':').append(held.votes().getOrDefault(member, "none"));
            }
            return s.toString();
        }

        private static double[] probabilities(VoteBaseRates.Propensity p) {
            return new double[] {p.pFor(), p.pAbstain(), p.pAgainst()};
        }

        private static double sumOfSquares(double[] p) {
            double s = 0;
            for (double x : p) {
                s += x * x;
            }
            return s;
        }


    }

    /** Simulated draws of the base-rate forecast of a vote. */
    static final int BASE_RATE_DRAWS = 200_000;

    /**
     * The base-rate forecast of a vote's outcome, tally, pattern and ballots, by simulation: every
     * named member votes by its recorded propensity (sponsors and co-sponsors for), or, in the
     * Council, by its recorded ballots beside a camp partner's vote against once an earlier
     * partner has voted against ({@code conditional}); every other seat votes by the pooled
     * propensity of states without a record, and in the Assembly each of those is absent at its
     * recorded rate. {@link #BASE_RATE_DRAWS} draws from a seeded stream, so the forecast follows
     * from the seed alone.
     *
     * @param outcomes draws per outcome
     * @param tallies  draws per tally ({@code for-against-abstaining})
     * @param patterns draws per pattern (tally and the observation's listed ballots)
     * @param ballots  draws per named member of each ballot (for, abstain, against)
     * @param draws    draws in all
     */
    record BaseRateVote(Map<String, Long> outcomes, Map<String, Long> tallies, Map<String, Long> patterns,
                        Map<String, long[]> ballots, int draws) {

        private static final String[] BALLOT_NAMES = {"for", "abstain", "against"};

        static BaseRateVote simulate(Map<String, double[]> named, Map<String, double[]> conditional, double[] other,
                                     int others, double absence, boolean council, Observed.Vote v,
                                     RandomStream random, int draws) {
            Map<String, Long> outcomes = new HashMap<>();
            Map<String, Long> tallies = new HashMap<>();
            Map<String, Long> patterns = new HashMap<>();
            List<String> members = new ArrayList<>(named.keySet());
            List<double[]> probabilities = new ArrayList<>(named.values());
            Map<String, long[]> counts = new LinkedHashMap<>();
            members.forEach(m -> counts.put(m, new long[3]));
            String[] ballots = new String[members.size()];
            for (int d = 0; d < draws; d++) {
                int[] tally = new int[3];
                boolean permanentAgainst = false;
                for (int m = 0; m < members.size(); m++) {
                    String member = members.get(m);
                    double[] p = probabilities.get(m);
                    if (conditional.containsKey(member)) {
                        for (int earlier = 0; earlier < m; earlier++) {
                            if (ballots[earlier].equals("against") && CouncilRecord.partners(member, members.get(earlier))) {
                                p = conditional.get(member);
                                break;
                            }
                        }
                    }
                    int b = draw(p, random.nextDouble());
                    ballots[m] = BALLOT_NAMES[b];
                    tally[b]++;
                    counts.get(member)[b]++;
                    permanentAgainst |= b == 2 && Actors.PERMANENT_MEMBERS.contains(member);
                }
                for (int i = 0; i < others; i++) {
                    double u = random.nextDouble();
                    if (u >= absence) {
                        tally[draw(other, (u - absence) / (1 - absence))]++;
                    }
                }
                String outcome = council ? tally[0] < DetenteModel.COUNCIL_MAJORITY ? "failed"
                        : permanentAgainst ? "vetoed" : "adopted" : tally[0] > tally[2] ? "adopted" : "failed";
                String t = tally[0] + "-" + tally[2] + "-" + tally[1];
                StringBuilder pattern = new StringBuilder(t);
                for (String member : v.ballots().keySet()) {
                    pattern.append(' ').append(member).append(':').append(ballots[members.indexOf(member)]);
                }
                outcomes.merge(outcome, 1L, Long::sum);
                tallies.merge(t, 1L, Long::sum);
                patterns.merge(pattern.toString(), 1L, Long::sum);
            }
            return new BaseRateVote(outcomes, tallies, patterns, counts, draws);
        }

        /** The forecast these draws make of a named member's ballot that came out as {@code observed}. */
        Forecast ballot(String member, String observed) {
            long[] c = ballots.get(member);
            return forecast(c[List.of(BALLOT_NAMES).indexOf(observed)], java.util.Arrays.stream(c));
        }

        private static int draw(double[] p, double u) {
            return u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
        }

        /** The forecast these draws make of a quantity that came out as {@code observed}. */
        Forecast forecast(Map<String, Long> counts, String observed) {
            return forecast(counts.getOrDefault(observed, 0L), counts.values().stream().mapToLong(Long::longValue));
        }

        /** The observed value drawn {@code hits} times among draws spread as {@code counts}. */
        private Forecast forecast(long hits, java.util.stream.LongStream counts) {
            double squares = counts.mapToDouble(c -> (double) c * c / ((double) draws * draws)).reduce(0, Double::sum);
            return Forecast.of(hits / (double) draws, squares);
        }
    }

    // ---- the record of acts before the start ---------------------------------------------

    /** Counterspace and dialogue events recorded before a date (resources of the model package). */
    static final class RecordedActs {

        private static final Map<String, String> NAMES = Map.of(Actors.RUSSIA, "Russia", Actors.USA, "United States",
                Actors.CHINA, "China", "IND", "India");
        private static final List<String[]> COUNTERSPACE = load("counterspace-events.csv", "actor", "kind");
        private static final List<String[]> DIALOGUE = load("dialogue-events.csv", "kind", "kind");

        private RecordedActs() {
        }

        /** The recorded kinds of act a signal stands for. */
        static List<String> kinds(String signal) {
            return switch (signal) {
                case "inspector_deployment" -> List.of("rpo-near-foreign-satellite", "co-orbital-release");
                case "asat_test" -> List.of("da-asat-test");
                case "jamming" -> List.of("jamming-reported", "laser-dazzling-reported");
                default -> List.of();
            };
        }

        /** Acts of these kinds by the actor per year, over the {@link #BASE_RATE_YEARS} years before the date. */
        static double perYear(String actor, List<String> kinds, LocalDate before) {
            return count(actor, kinds, before.minusYears(BASE_RATE_YEARS), before) / (double) BASE_RATE_YEARS;
        }

        /** Whether such an act was recorded in the year before the date. */
        static boolean inYearBefore(String actor, List<String> kinds, LocalDate before) {
            return count(actor, kinds, before.minusYears(1), before) > 0;
        }

        /** Channel and treaty suspensions per year over the years before the date. */
        static double suspensionsPerYear(LocalDate before) {
            long n = DIALOGUE.stream().filter(r -> (r[1].equals("channel-suspended") || r[1].equals("treaty-suspension"))
                    && within(r[0], before.minusYears(BASE_RATE_YEARS), before)).count();
            return n / (double) BASE_RATE_YEARS;
        }

        private static long count(String actor, List<String> kinds, LocalDate from, LocalDate before) {
            String name = NAMES.getOrDefault(actor, actor);
            return COUNTERSPACE.stream().filter(r -> r[1].equals(name) && kinds.contains(r[2])
                    && within(r[0], from, before)).count();
        }

        private static boolean within(String date, LocalDate from, LocalDate before) {
            LocalDate d = date.length() == 7 ? java.time.YearMonth.parse(date).atDay(1) : LocalDate.parse(date);
            return !d.isBefore(from) && VoteBaseRates.recordedBefore(date, before);
        }

        private static List<String[]> load(String resource, String first, String second) {
            List<String[]> rows = new ArrayList<>();
            try (InputStream in = VoteBaseRates.class.getResourceAsStream(resource);
                 CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                         .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CSVRecord r : csv) {
                    rows.add(new String[] {r.get("date").strip(), r.get(first).strip(), r.get(second).strip()});
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            return rows;
        }
    }
}
