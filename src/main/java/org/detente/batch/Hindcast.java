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

    /** The weight persistence puts on the last value. */
    public static final double PERSISTENCE = 0.8;
    /** Years of record before the start date the base rates of acts and crises count. */
    public static final int BASE_RATE_YEARS = 10;

    private Hindcast() {
    }

    /** A quantity read from each run: its value (a category, or a count as text). */
    private record Quantity(String name, String kind, String observed, String meaning, int line, int categories,
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
        List<Quantity> quantities = quantities(scenario, observed);
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
                if (!q.kind().equals("count") && !value.equals(q.observed())) {
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
            Forecast model = q.kind().equals("count") ? new Forecast(p, Double.NaN, Double.NaN) : Forecast.of(p, squares);
            rows.add(new Row(q.name(), q.kind(), q.observed(), q.meaning(), model, q.uniform(), q.baseRate(),
                    q.persistence(), pit, q.line()));
        }
        return new Result(rows, n, (joint[0] + 0.5) / (n + 1.0));
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

    private static List<Quantity> quantities(CompiledScenario compiled, Observed observed) throws InputException {
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
                quantities.addAll(VoteQuantities.of(v, event, start, observed.file()));
            } else if (o instanceof Observed.Demonstrations d) {
                if (!actors.contains(d.actor()) || (!d.target().isEmpty() && !actors.contains(d.target()))) {
                    problems.add(new Problem(observed.file(), o.line(), field, "the scenario has no actor "
                            + (actors.contains(d.actor()) ? d.target() : d.actor())));
                    continue;
                }
                quantities.addAll(demonstrations(d, start));
            } else if (o instanceof Observed.Crisis c) {
                Set<String> pair = Set.of(c.first(), c.second());
                if (!pair.equals(Set.of(Actors.USA, Actors.RUSSIA)) || !actors.containsAll(pair)) {
                    problems.add(new Problem(observed.file(), o.line(), field + ".pair", "runs record the crisis of"
                            + " the pair USA-RUS only (and the scenario must have both)"));
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

    private static List<Quantity> demonstrations(Observed.Demonstrations d, LocalDate start) {
        int from = (int) ChronoUnit.DAYS.between(start, d.from());
        int to = (int) ChronoUnit.DAYS.between(start, d.to());
        Function<RunResult, Integer> count = r -> (int) r.acts().stream()
                .filter(a -> a.sender().equals(d.actor()) && (d.target().isEmpty() || a.receiver().equals(d.target()))
                        && d.signals().contains(a.signal()) && a.day() >= from && a.day() <= to).count();
        String what = d.actor() + " " + String.join("/", d.signals()) + (d.target().isEmpty() ? "" : " toward "
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
        Forecast persistence = binary(lastYear == any ? PERSISTENCE : 1 - PERSISTENCE);
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
                r -> r.firstUsRussiaCrisisDay() >= 0 && r.firstUsRussiaCrisisDay() <= by ? "yes" : "no", binary(0.5),
                binary(c.occurred() ? pBase : 1 - pBase),
                binary(lastYear == c.occurred() ? PERSISTENCE : 1 - PERSISTENCE));
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
                binary(ch.open() ? pOpen : 1 - pOpen), binary(ch.open() ? PERSISTENCE : 1 - PERSISTENCE));
    }

    /** A yes/no forecast giving p to what happened. */
    static Forecast binary(double p) {
        return Forecast.of(p, p * p + (1 - p) * (1 - p));
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
                                 java.nio.file.Path file) throws InputException {
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
            for (String member : order) {
                named.put(member, member.equals(event.sponsor()) || event.cosponsors().contains(member)
                        ? new double[] {1, 0, 0} : probabilities(rates.member(member, bloc)));
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
                    + v.event() + ")";
            List<Quantity> quantities = new ArrayList<>();
            String id = v.id();
            int line = v.line();
            // Outcome.
            List<String> outcomes = council ? List.of("adopted", "vetoed", "failed") : List.of("adopted", "failed");
            double[] outcomeBase = outcomeDistribution(named, other, others, council);
            String lastOutcome = history.stream().filter(r -> r.bloc() == bloc && r.body().equals(council ? "UNSC"
                    : "UNGA plenary")).map(VoteBaseRates.Recorded::outcome).reduce((a, b) -> b)
                    .orElse(history.stream().filter(r -> r.bloc() == bloc).map(VoteBaseRates.Recorded::outcome)
                            .reduce((a, b) -> b).orElse(""));
            int observedOutcome = outcomes.indexOf(v.outcome());
            quantities.add(new Quantity(id + ".outcome", "categorical", v.outcome(), "outcome of the " + what, line,
                    outcomes.size(), r -> vote(r, v).outcome(), spread(1.0 / outcomes.size(), outcomes.size()),
                    observedOutcome < 0 ? Forecast.of(1e-9, 1) : Forecast.of(outcomeBase[observedOutcome],
                            sumOfSquares(outcomeBase)),
                    lastOutcome.isEmpty() ? Forecast.UNDEFINED : spread(lastOutcome.equals(v.outcome()) ? PERSISTENCE
                            : (1 - PERSISTENCE) / (outcomes.size() - 1), outcomes.size())));
            // Tally and the exact pattern (tally and every listed ballot).
            int tallies = (seats + 1) * (seats + 2) / 2;
            double[][] all = tallyDistribution(new ArrayList<>(named.values()), other, others, seats);
            int[] observedTally = {v.votesFor(), v.votesAgainst(), v.abstentions()};
            double pTally = at(all, observedTally, seats);
            quantities.add(new Quantity(id + ".tally", "categorical", v.tally(), "tally (for-against-abstaining) of the "
                    + what, line, tallies, r -> vote(r, v).tally(), spread(1.0 / tallies, tallies),
                    Forecast.of(pTally, sumOfSquares(all)), Forecast.UNDEFINED));
            List<double[]> rest = new ArrayList<>();
            double pBallots = 1;
            double ballotSquares = 1;
            int[] fixed = new int[3];
            for (Map.Entry<String, double[]> e : named.entrySet()) {
                String ballot = v.ballots().get(e.getKey());
                if (ballot == null) {
                    rest.add(e.getValue());
                } else {
                    int b = BALLOTS.indexOf(ballot);
                    pBallots *= e.getValue()[b];
                    ballotSquares *= sumOfSquares(e.getValue());
                    fixed[b]++;
                }
            }
            double[][] remaining = tallyDistribution(rest, other, others, seats - v.ballots().size());
            int[] need = {v.votesFor() - fixed[0], v.votesAgainst() - fixed[2], v.abstentions() - fixed[1]};
            double pPattern = need[0] < 0 || need[1] < 0 || need[2] < 0 ? 0
                    : pBallots * at(remaining, need, seats - v.ballots().size());
            double patterns = tallies * Math.pow(3, v.ballots().size());
            String ballots = String.join(" ", v.ballots().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .toList());
            quantities.add(new Quantity(id + ".pattern", "categorical", v.tally() + " " + ballots,
                    "the exact pattern (tally and " + String.join(", ", v.ballots().keySet()) + ") of the " + what, line,
                    (int) Math.min(Integer.MAX_VALUE, patterns), r -> pattern(vote(r, v), v),
                    Forecast.of(1 / patterns, 1 / patterns),
                    Forecast.of(Math.max(pPattern, 1e-12), ballotSquares * sumOfSquares(remaining)), Forecast.UNDEFINED));
            // Each listed member's ballot.
            for (Map.Entry<String, String> e : v.ballots().entrySet()) {
                String member = e.getKey();
                double[] base = named.get(member);
                String last = history.stream().filter(r -> r.bloc() == bloc && r.ballots().containsKey(member))
                        .map(r -> r.ballots().get(member)).reduce((a, b) -> b).orElse("");
                int b = BALLOTS.indexOf(e.getValue());
                quantities.add(new Quantity(id + "." + member, "categorical", e.getValue(), member + "'s ballot in the "
                        + what, line, 3, r -> vote(r, v).votes().getOrDefault(member, "none"), spread(1.0 / 3, 3),
                        Forecast.of(base[b], sumOfSquares(base)),
                        last.isEmpty() ? Forecast.UNDEFINED : spread(last.equals(e.getValue()) ? PERSISTENCE
                                : (1 - PERSISTENCE) / 2, 3)));
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

        private static double sumOfSquares(double[][] p) {
            double s = 0;
            for (double[] row : p) {
                s += sumOfSquares(row);
            }
            return s;
        }

        /**
         * The distribution of (for, against) counts, abstentions the rest, of independent ballots:
         * {@code members} with their own probabilities and {@code others} more with {@code other}'s.
         * Indexed [for][against].
         */
        static double[][] tallyDistribution(List<double[]> members, double[] other, int others, int seats) {
            double[][] d = new double[seats + 1][seats + 1];
            d[0][0] = 1;
            int cast = 0;
            List<double[]> all = new ArrayList<>(members);
            for (int i = 0; i < others; i++) {
                all.add(other);
            }
            for (double[] p : all) {
                double[][] next = new double[seats + 1][seats + 1];
                for (int f = 0; f <= cast; f++) {
                    for (int a = 0; a + f <= cast; a++) {
                        double x = d[f][a];
                        if (x == 0) {
                            continue;
                        }
                        next[f + 1][a] += x * p[0];
                        next[f][a] += x * p[1];
                        next[f][a + 1] += x * p[2];
                    }
                }
                d = next;
                cast++;
            }
            return d;
        }

        private static double at(double[][] d, int[] tally, int seats) {
            int f = tally[0];
            int a = tally[1];
            return f + a + tally[2] != seats || f >= d.length || a >= d.length ? 0 : d[f][a];
        }

        /** Outcome probabilities: adopted, vetoed, failed (Council) or adopted, failed (Assembly). */
        private static double[] outcomeDistribution(Map<String, double[]> named, double[] other, int others,
                                                    boolean council) {
            int seats = named.size() + others;
            if (!council) {
                double[][] d = tallyDistribution(new ArrayList<>(named.values()), other, others, seats);
                double adopted = 0;
                for (int f = 0; f <= seats; f++) {
                    for (int a = 0; a + f <= seats; a++) {
                        adopted += f > a ? d[f][a] : 0;
                    }
                }
                return new double[] {adopted, 1 - adopted};
            }
            // P(no permanent member against) splits the Council's outcomes.
            List<double[]> permanent = new ArrayList<>();
            List<double[]> rest = new ArrayList<>();
            named.forEach((m, p) -> (Actors.PERMANENT_MEMBERS.contains(m) ? permanent : rest).add(p));
            double adopted = 0;
            double vetoed = 0;
            // Enumerate the permanent members' ballots (3^5), the rest by convolution.
            double[][] restTally = tallyDistribution(rest, other, others, seats - permanent.size());
            int combos = (int) Math.pow(3, permanent.size());
            for (int c = 0; c < combos; c++) {
                double p = 1;
                int f = 0;
                boolean veto = false;
                int code = c;
                for (double[] member : permanent) {
                    int b = code % 3;
                    code /= 3;
                    p *= member[b];
                    f += b == 0 ? 1 : 0;
                    veto |= b == 2;
                }
                if (p == 0) {
                    continue;
                }
                double enough = 0;
                for (int rf = 0; rf < restTally.length; rf++) {
                    if (f + rf >= DetenteModel.COUNCIL_MAJORITY) {
                        for (int ra = 0; ra + rf < restTally.length; ra++) {
                            enough += restTally[rf][ra];
                        }
                    }
                }
                if (veto) {
                    vetoed += p * enough;
                } else {
                    adopted += p * enough;
                }
            }
            return new double[] {adopted, vetoed, Math.max(0, 1 - adopted - vetoed)};
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
