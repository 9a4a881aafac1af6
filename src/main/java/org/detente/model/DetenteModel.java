package org.detente.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.scenario.ActorSpec;
import org.detente.scenario.Actors;
import org.detente.scenario.ChannelKind;
import org.detente.scenario.ChannelSpec;
import org.detente.scenario.Dimension;
import org.detente.scenario.Scenario;
import org.detente.scenario.Stance;
import org.detente.scenario.TimelineEvent;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model of diplomatic signalling about space security ({@code docs/ODD.md}).
 *
 * <p>One day is one step of the schedule: a {@link Sequence} of four phases in a fixed
 * order. Scripted events fire; every actor (one {@link ActorAgent} each, in the scenario's
 * order) decides its signals from what it perceived up to yesterday; signals due today are
 * delivered and perceived; postures, commitments and ladders are updated and the day is
 * reported.
 */
public final class DetenteModel extends SimState {

    private static final long serialVersionUID = 1L;

    /** Seats of the Security Council's elected members. */
    public static final int ELECTED_MEMBERS = 10;
    /** Members of the General Assembly. */
    public static final int ASSEMBLY_MEMBERS = 193;
    /** Votes a Security Council draft needs (UN Charter, Art. 27). */
    public static final int COUNCIL_MAJORITY = 9;
    /** States whose recorded votes the vote submodel knows by name, besides the Council's permanent members. */
    private static final List<String> LISTED_STATES = VoteBaseRates.LISTED.stream()
            .filter(state -> !Actors.PERMANENT_MEMBERS.contains(state)).toList();

    private final ModelSetup setup;
    private final ModelParameters p;
    /** The recorded UN votes the vote submodel learns from: those before the scenario's start date, if it has one. */
    private final VoteBaseRates voteRates;
    /** The Council's record of permanent members' votes beside a partner's veto, likewise dated. */
    private final CouncilRecord councilRecord;
    private final EventSink sink;
    /** Whether the sink takes each dyad's end of day (a story or a live view; never a batch). */
    private final boolean reportsDyads;
    private final long runSeed;
    // The run's streams, created afresh by every start from the run seed, so a model started
    // again (the live view's Stop, then Play) replays the same run.
    private transient RandomStream decisions;
    private transient RandomStream perception;
    private transient RandomStream events;
    private final double commitmentDecay;
    private final double beliefDecay;
    private final double hostilityDecay;
    private transient RandomStream stanceDraws;
    /** For each recurring demonstration of the timeline, by timeline index, one uniform draw a day. */
    private double[][] recurringDraws;

    /** The actors' agents in scenario order, and every ordered pair's dyad in that order. */
    private ActorAgent[] actors;
    private Dyad[] pairs;
    private final Map<String, Integer> actorIndex = new LinkedHashMap<>();
    private final List<ChannelState> channels = new ArrayList<>();
    private ChannelState observation;
    private ChannelState summit;
    private Dyad[][] dyads;
    /** The pair of interest, the United States and Russia, as actor indices; null if either is absent. */
    /** Whether the dyad (self, other) is one of the scenario's crisis dyads, in either direction. */
    private boolean[][] crisisDyad;
    private boolean anyPairInCrisis;
    /** Channels connecting each ordered pair, by actor index. */
    private ChannelState[][][] links;
    /** What the members of each allied channel perceived today, pooled; shared at the end of the day. */
    private Pool[] pools;
    /** The pools each actor reports to, by actor index. */
    private Pool[][] poolsOf;
    /** Public statements each actor makes to each counterpart per day, by actor index; NaN for the channel's rate. */
    private double[] statementsPerDay;
    /** Signals in flight, by due day. */
    private InFlight inFlight;
    private int day;

    /**
     * A model ready to {@link #start()}.
     *
     * @param setup the scenario, stances and parameters
     * @param seed  the run's 64-bit seed; every generator of the run derives from it
     * @param sink  receives everything that happens
     */
    public DetenteModel(ModelSetup setup, long seed, EventSink sink) {
        // MASON's own generator is seeded with the run seed but never drawn from by the model:
        // the model's streams are RandomStreams (faster to seed and to draw from, see
        // docs/performance.md), and SimState.start() primes MASON's generator anyway.
        super(new MersenneTwisterFast(seed), new Schedule());
        this.setup = setup;
        this.p = setup.parameters();
        this.voteRates = setup.scenario().startDate().map(VoteBaseRates::before).orElse(VoteBaseRates.standard());
        this.councilRecord = setup.scenario().startDate().map(CouncilRecord::before).orElse(CouncilRecord.standard());
        this.sink = sink;
        this.reportsDyads = sink.wantsDyads();
        this.runSeed = seed;
        this.commitmentDecay = StrictMath.pow(0.5, 1.0 / p.commitmentHalfLife()); // same bits on every machine
        this.beliefDecay = StrictMath.pow(0.5, 1.0 / p.beliefHalfLife());
        this.hostilityDecay = StrictMath.pow(0.5, 1.0 / p.hostilityHalfLife());
    }

    /** The run's random streams and its two implicit channels, as at the start of the run. */
    private void resetStreams() {
        decisions = RandomStreams.generator(RandomStreams.child(runSeed, RandomStreams.DECISIONS));
        stanceDraws = RandomStreams.generator(RandomStreams.child(runSeed, RandomStreams.STANCES));
        perception = RandomStreams.generator(RandomStreams.child(runSeed, RandomStreams.PERCEPTION));
        events = RandomStreams.generator(RandomStreams.child(runSeed, RandomStreams.EVENTS));
        observation = new ChannelState(ChannelState.OBSERVATION, ChannelKind.PUBLIC_STATEMENT, 0,
                p.observationNoise() * p.noiseScale(), 1.0, true, 0, true);
        summit = new ChannelState(ChannelState.SUMMIT, ChannelKind.PRIVATE_DIALOGUE, 0,
                setup.scenario().channels().stream().filter(c -> c.kind() == ChannelKind.PRIVATE_DIALOGUE)
                        .mapToDouble(ChannelSpec::noise).min().orElse(0.5) * p.noiseScale(), 1.0, false, 0, true);
    }

    /** The actors in scenario order (empty before {@link #start()}). */
    public List<String> actorIds() {
        return actors == null ? List.of() : java.util.Arrays.stream(actors).map(a -> a.id).toList();
    }

    /** An actor's stance as drawn for this run (for inspecting a live run). */
    public org.detente.scenario.Stance stanceOf(String actor) {
        return actors[actorIndex.get(actor)].stance;
    }

    /** The highest rung an actor's drawn resolve carries it to. */
    public int rungCeilingOf(String actor) {
        return actors[actorIndex.get(actor)].rungCeiling;
    }

    /** Whether an actor may initiate material conflict acts in this run. */
    public boolean mayInitiateMaterial(String actor) {
        return actors[actorIndex.get(actor)].mayInitiateMaterial;
    }

    /** Whether a channel of the scenario is open now. */
    public boolean isOpen(String channel) {
        for (ChannelState c : channels) {
            if (c.id.equals(channel)) {
                return c.open;
            }
        }
        throw new IllegalArgumentException("no channel " + channel);
    }

    /** The run's full 64-bit seed (MASON's {@link #seed()} keeps only 32 bits). */
    public long runSeed() {
        return runSeed;
    }

    /** Runs {@link #start()}, every day to the horizon on MASON's schedule, and {@link #finish()}. */
    public void runToHorizon() {
        start();
        int horizon = setup.scenario().horizonDays();
        for (int d = 0; d < horizon; d++) {
            schedule.step(this);
        }
        finish();
    }

    /**
     * Runs the same model logic in a plain loop, without MASON's schedule: the phases of each
     * day called directly in the order the schedule calls them. For measuring the framework's
     * overhead; produces the same events as {@link #runToHorizon()} for the same seed.
     */
    public void runPlain() {
        initialise();
        int horizon = setup.scenario().horizonDays();
        for (int d = 0; d < horizon; d++) {
            day = d;
            fireEvents();
            for (ActorAgent agent : actors) {
                decide(agent);
            }
            deliver();
            endOfDay();
        }
    }

    @Override
    public void start() {
        super.start();
        initialise();
        day = -1;
        // One repeating schedule entry per day: a Sequence of the day's phases, each actor an
        // agent of its own, in a fixed order (MASON shuffles agents of equal ordering, and a
        // heap entry per agent would cost more than the model's own work).
        // The phases are one class and the actors another, so the Sequence's call stays
        // bimorphic and the JIT inlines it.
        List<Steppable> day = new ArrayList<>();
        day.add(new Phase(Phase.EVENTS));
        day.addAll(List.of(actors));
        day.add(new Phase(Phase.DELIVERY));
        day.add(new Phase(Phase.END_OF_DAY));
        schedule.scheduleRepeating(0.0, 0, new Sequence(day.toArray(new Steppable[0])), 1.0);
    }

    /** A phase of the day other than the actors' decisions, as a MASON agent. */
    private static final class Phase implements Steppable {

        private static final long serialVersionUID = 1L;
        static final int EVENTS = 0;
        static final int DELIVERY = 1;
        static final int END_OF_DAY = 2;

        private final int which;

        Phase(int which) {
            this.which = which;
        }

        @Override
        public void step(SimState state) {
            DetenteModel model = (DetenteModel) state;
            switch (which) {
                case EVENTS -> {
                    // The schedule steps once a day from time 0, so its n-th step is day n - 1
                    // (counted here rather than read from schedule.getTime(), which takes a lock).
                    model.day++;
                    model.fireEvents();
                }
                case DELIVERY -> model.deliver();
                default -> model.endOfDay();
            }
        }
    }

    /**
     * Sets up a run: actors with drawn stances, the recurring shocks' draws, channels and dyads
     * at their status quo, allied pools and the dyads that count for the crisis. In parts, each
     * compiled on its own, so a path one scenario takes and another does not costs the JIT a
     * small method, not this whole one, again.
     */
    private void initialise() {
        resetStreams();
        actorIndex.clear();
        channels.clear();
        Scenario scenario = setup.scenario();
        int n = scenario.actors().size();
        createActors(scenario, n);
        drawRecurringShocks(scenario);
        connect(scenario, n);
        settleStatusQuo();
        groupPools(n);
        inFlight = new InFlight(channels.stream().mapToInt(c -> c.latency).max().orElse(0));
        markCrisisDyads(n);
        anyPairInCrisis = false;
        day = 0;
    }

    private void createActors(Scenario scenario, int n) {
        actors = new ActorAgent[n];
        statementsPerDay = new double[n];
        for (ActorSpec spec : scenario.actors()) {
            int index = actorIndex.size();
            statementsPerDay[index] = spec.statementsPerMonth() / 30.0;
            // Each replication draws its stances from the priors the coded stances define.
            Stance drawn = StancePriors.draw(setup.stances().get(spec.id()), p, stanceDraws);
            actors[index] = new ActorAgent(index, spec.id(), drawn, Strategy.of(spec.strategy()), spec.forgiveness(),
                    p.materialResolve());
            actorIndex.put(spec.id(), index);
        }
    }

    /** Each recurring process's daily uniform draws for the whole horizon, from its own stream. */
    private void drawRecurringShocks(Scenario scenario) {
        recurringDraws = new double[scenario.timeline().size()][];
        for (int e = 0; e < scenario.timeline().size(); e++) {
            if (scenario.timeline().get(e) instanceof TimelineEvent.CapabilityDemonstration demo && demo.recurring()) {
                // A stream per process, keyed by its id: scenarios that share the process share its
                // draws (common random numbers), so they differ only where the intensity differs.
                RandomStream shocks = RandomStreams.generator(RandomStreams.child(
                        RandomStreams.child(runSeed, RandomStreams.SHOCKS), demo.id().hashCode()));
                double[] draws = new double[scenario.horizonDays()];
                for (int t = 0; t < draws.length; t++) {
                    draws[t] = shocks.nextDouble();
                }
                recurringDraws[e] = draws;
            }
        }
    }

    /** The channels, and every ordered pair of actors with its dyad and the channels between them. */
    private void connect(Scenario scenario, int n) {
        for (ChannelSpec spec : scenario.channels()) {
            channels.add(ChannelState.of(spec, p.noiseScale()));
        }
        dyads = new Dyad[n][n];
        links = new ChannelState[n][n][];
        List<Dyad> ordered = new ArrayList<>();
        for (ActorAgent a : actors) {
            for (ActorAgent b : actors) {
                if (a == b) {
                    continue;
                }
                dyads[a.index][b.index] = initialDyad(a, b);
                ordered.add(dyads[a.index][b.index]);
                List<ChannelState> connecting = new ArrayList<>();
                for (int c = 0; c < channels.size(); c++) {
                    if (scenario.channels().get(c).connects(a.id, b.id)) {
                        connecting.add(channels.get(c));
                    }
                }
                links[a.index][b.index] = connecting.toArray(new ChannelState[0]);
            }
        }
        pairs = ordered.toArray(new Dyad[0]);
    }

    /** Each dyad's status quo: expectations, grievance and the dialogue its open channels sustain. */
    private void settleStatusQuo() {
        for (Dyad d : pairs) {
            // Each expects of the other the status quo the other's own stance implies; the
            // grievance makes the pair's status quo a fixed point of the posture rule without
            // dialogue: g0 = a0 x0 - k0 h0.
            d.expectedHostility = dyads[d.other][d.self].priorPosture;
            d.hostility = d.expectedHostility;
            d.baseGrievance = d.restraintBase * d.priorPosture - reaction(d) * d.expectedHostility;
        }
        refreshLinks();
        for (Dyad d : pairs) {
            // Start at the contact rate the open private channels sustain (both directions).
            double rate = 0;
            for (ChannelState c : links[d.self][d.other]) {
                rate += c.isOpenDialogue() ? 2 * c.dailyContacts : 0;
            }
            d.dialogueActivity = rate;
        }
    }

    private void groupPools(int n) {
        pools = pools();
        poolsOf = new Pool[n][];
        for (ActorAgent a : actors) {
            poolsOf[a.index] = java.util.Arrays.stream(pools).filter(p -> p.member[a.index]).toArray(Pool[]::new);
        }
    }

    /** The dyads whose rung counts for the headline crisis: those named, or every pair. */
    private void markCrisisDyads(int n) {
        crisisDyad = new boolean[n][n];
        List<List<String>> named = setup.scenario().crisisDyadsInForce();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                crisisDyad[a][b] = a != b && named.isEmpty();
            }
        }
        for (List<String> pair : named) {
            int a = actorIndex.get(pair.get(0));
            int b = actorIndex.get(pair.get(1));
            crisisDyad[a][b] = true;
            crisisDyad[b][a] = true;
        }
    }

    private Dyad initialDyad(ActorAgent self, ActorAgent other) {
        boolean adversarial = !setup.scenario().sameBloc(self.id, other.id);
        Dyad d = new Dyad(self.index, other.index, adversarial);
        Stance s = self.stance;
        d.trust = adversarial ? s.value(Dimension.TR) : Math.max(0.8, s.value(Dimension.AL));
        d.priorTrust = d.trust;
        d.threat = adversarial ? s.value(Dimension.T) : 0.0;
        d.priorThreat = d.threat;
        d.reactionBase = p.reactionRate() * (0.5 + s.value(Dimension.R));
        d.restraintBase = p.restraintRate() * (0.5 + s.value(Dimension.D));
        // The status quo is the posture the stance implies (statusQuoPosture).
        d.priorPosture = statusQuoPosture(d, s, p);
        d.posture = d.priorPosture;
        return d;
    }

    /**
     * The hostile posture an actor's stance implies toward the other when nothing happens:
     * the anchor minus the Goldstein value of its status-quo conduct,
     * {@code 4 (D - 1/2) + 4 (trust - 1/2) - 4 (threat - 1/2)} kept within [-4, anchor]. A silent
     * stance gives 0 (neutral statements); dialogue willingness and trust make it conciliatory,
     * threat perception hostile.
     */
    private static double statusQuoPosture(Dyad d, Stance s, ModelParameters p) {
        double conduct = 4 * (s.value(Dimension.D) - 0.5) + 4 * (d.trust - 0.5) - 4 * (d.threat - 0.5);
        return p.goldsteinAnchor() - Math.max(-4.0, Math.min(p.goldsteinAnchor(), conduct));
    }

    /**
     * Richardson's reaction coefficient: stronger with resolve and threat perception, and
     * stronger the less the actor trusts the other (Jervis 1978: under the security dilemma
     * the same act looks more threatening from a distrusted state).
     */
    private static double reaction(Dyad d) {
        return d.reactionBase * (0.5 + d.threat) * (1.5 - d.trust);
    }

    /**
     * Richardson's restraint: larger with dialogue willingness, and larger the more the pair
     * has recently talked in private: the boost saturates with the smoothed number of private
     * dialogue contacts per month, half of it at {@code dialogue_half_saturation} contacts.
     */
    private double restraint(Dyad d, double dialoguePerDay) {
        double perMonth = 30.0 * dialoguePerDay;
        double boost = p.dialogueRestraint() * perMonth / (perMonth + p.dialogueHalfSaturation());
        return d.restraintBase * (1.0 + boost);
    }

    /**
     * Richardson's grievance: the status-quo grievance plus what the actor has come to resent
     * since, grievance_rate times the rise in threat and the fall in trust.
     */
    private double grievance(Dyad d) {
        return d.baseGrievance + (d.adversarial
                ? p.grievanceRate() * ((d.threat - d.priorThreat) + (d.priorTrust - d.trust)) : 0.0);
    }

    /**
     * The model's daily posture rule: one Euler step of Richardson's {@code dx/dt = k h - a x + g}
     * with the dyad's current reaction k, restraint a (with dialogue) and grievance g, kept
     * between the floor of its public commitments and the most hostile posture the Goldstein
     * scale can express (anchor + 10).
     */
    static double nextPosture(double posture, double hostility, double k, double a, double g, double commitment,
                              ModelParameters p) {
        double next = Richardson.step(posture, hostility, k, a, g, 1.0);
        return Math.min(p.goldsteinAnchor() + 10.0, Math.max(Math.max(0.0, commitment), next));
    }

    // ---- phase 0: scripted events --------------------------------------------------

    private void fireEvents() {
        List<TimelineEvent> timeline = setup.scenario().timeline();
        for (int e = 0; e < timeline.size(); e++) {
            TimelineEvent event = timeline.get(e);
            if (recurringDraws[e] != null ? day >= event.day() && recurringDraws[e][day] < dailyProbability(
                    (TimelineEvent.CapabilityDemonstration) event) : event.day() == day) {
                event.accept(timelineHandler);
            }
        }
    }

    /**
     * Today's probability of a recurring demonstration: its base rate per_year / 365 for an
     * actor with a neutral stance at its status quo, times the actor's intensity toward the
     * target. The intensity rises with resolve, threat perception and distrust and falls with
     * dialogue willingness, (0.5 + R)(0.5 + T)(1.5 - trust)(1.5 - D), 1 for a silent stance,
     * and with how far the actor's
     * posture toward the target has moved above its status quo, exp((x - x0) / anchor): an
     * adversary that feels threatened demonstrates more, one that is reassured less.
     */
    private double dailyProbability(TimelineEvent.CapabilityDemonstration demo) {
        ActorAgent actor = agent(demo.actor());
        Dyad d = dyads[actor.index][agent(demo.target()).index];
        double disposition = (0.5 + actor.stance.value(Dimension.R)) * (0.5 + d.threat) * (1.5 - d.trust)
                * (1.5 - actor.stance.value(Dimension.D));
        double drift = StrictMath.exp(Math.min(2.0, (d.posture - d.priorPosture) / p.goldsteinAnchor()));
        return Math.min(1.0, demo.perYear() / 365.0 * disposition * drift);
    }

    private final transient TimelineEvent.Visitor<Void> timelineHandler = new TimelineEvent.Visitor<>() {
        @Override
        public Void vote(TimelineEvent.SecurityCouncilVote vote) {
            holdVote(vote);
            return null;
        }

        @Override
        public Void demonstration(TimelineEvent.CapabilityDemonstration demo) {
            SignalType type = setup.catalogue().find(demo.signal()).orElseThrow(() ->
                    new IllegalStateException("signal " + demo.signal() + " is not in the catalogue"));
            ActorAgent actor = agent(demo.actor());
            ActorAgent target = agent(demo.target());
            ChannelState channel = type.material() ? observation : publicChannel(actor, target);
            if (channel != null) {
                sink.accept(new ModelEvent.Scripted(day, demo.id(), actor.id, target.id, type.id()));
                send(actor, target, type, channel);
            }
            return null;
        }

        @Override
        public Void summit(TimelineEvent.Summit meeting) {
            SignalType negotiate = setup.catalogue().find("intent_to_negotiate").orElseThrow();
            sink.accept(new ModelEvent.Scripted(day, meeting.id(), meeting.actors().get(0),
                    meeting.actors().get(meeting.actors().size() > 1 ? 1 : 0), negotiate.id()));
            for (String a : meeting.actors()) {
                for (String b : meeting.actors()) {
                    if (!a.equals(b)) {
                        // A summit weighs like summit_weight private contacts for each side.
                        dyads[agent(a).index][agent(b).index].dialogueToday += p.summitWeight();
                        send(agent(a), agent(b), negotiate, summit);
                    }
                }
            }
            return null;
        }

        @Override
        public Void channelSuspended(TimelineEvent.ChannelSuspended suspended) {
            setOpen(suspended.channel(), false);
            return null;
        }

        @Override
        public Void channelRestored(TimelineEvent.ChannelRestored restored) {
            setOpen(restored.channel(), true);
            return null;
        }
    };

    private void setOpen(String channelId, boolean open) {
        for (ChannelState c : channels) {
            if (c.id.equals(channelId) && c.open != open) {
                c.open = open;
                sink.accept(new ModelEvent.ChannelChanged(day, channelId, open));
            }
        }
        refreshLinks();
    }

    /**
     * Recomputes each dyad's daily contacts through its open channels. On a public-statement
     * channel an actor that sets its own statements_per_month speaks at that rate (a policy
     * lever of its own, which leaves the other's volume alone); others at the channel's capacity.
     */
    private void refreshLinks() {
        for (Dyad d : pairs) {
            d.dailyContacts = 0;
            double ownStatements = statementsPerDay[d.self];
            boolean spoken = false; // the actor's own volume counts once, however many public channels it has
            for (ChannelState c : links[d.self][d.other]) {
                if (c.open && c.kind == ChannelKind.PUBLIC_STATEMENT && !Double.isNaN(ownStatements)) {
                    d.dailyContacts += spoken ? 0 : ownStatements;
                    spoken = true;
                } else if (c.open) {
                    d.dailyContacts += c.dailyContacts;
                }
            }
        }
    }

    private ActorAgent agent(String id) {
        return actors[actorIndex.get(id)];
    }

    /**
     * A UN vote ({@code docs/ODD.md}, "Votes"). The sponsor tables the draft; the sponsor and
     * co-sponsors vote for. Every other member starts from its recorded propensity on drafts
     * of the sponsor's bloc ({@link VoteBaseRates}); a member Détente models shifts it by its
     * support for the sponsor in this run, s = (N + trust in the sponsor) / 2: the odds of
     * for over abstaining are multiplied by exp(beta (s - 1/2)) and those of against by
     * exp(-beta (s - 1/2)). Unmodelled US allies take the allied aggregate's support when it is
     * modelled. In the Council the permanent members vote in a fixed order, and one whose camp
     * partner has already voted against starts instead from its recorded Council ballots beside
     * such a vote on drafts of the same bloc ({@link CouncilRecord}), where the record has any;
     * elected seats not held by co-sponsors vote as states with no record of their own; nine
     * votes adopt, unless a permanent member votes against (a veto).
     * In the Assembly a draft is adopted by more votes for than against.
     */
    private void holdVote(TimelineEvent.SecurityCouncilVote vote) {
        ActorAgent sponsor = agent(vote.sponsor());
        VoteBaseRates.Bloc bloc = VoteBaseRates.Bloc.ofSponsor(sponsor.id);
        boolean council = vote.body() == TimelineEvent.Body.SECURITY_COUNCIL;
        SignalType tabled = setup.catalogue().find("table_norm_text").orElseThrow();
        for (ActorAgent other : actors) {
            if (other != sponsor) {
                ChannelState channel = unChannel(sponsor, other);
                if (channel != null) {
                    send(sponsor, other, tabled, channel);
                }
            }
        }
        Map<String, String> votes = new LinkedHashMap<>();
        List<String> named = new ArrayList<>(Actors.PERMANENT_MEMBERS_IN_ORDER);
        for (String state : council ? java.util.stream.Stream.concat(vote.cosponsors().stream(), vote.elected().stream())
                .toList() : java.util.stream.Stream.concat(LISTED_STATES.stream(), vote.cosponsors().stream()).toList()) {
            if (!named.contains(state)) {
                named.add(state);
            }
        }
        for (String member : named) {
            votes.put(member, ballot(member, sponsor, vote, bloc, votes));
        }
        int members = council ? Actors.PERMANENT_MEMBERS_IN_ORDER.size() + ELECTED_MEMBERS : ASSEMBLY_MEMBERS;
        int[] tally = new int[3];
        votes.values().forEach(b -> tally[Ballots.index(b)]++);
        double[] others = Ballots.probabilities(voteRates.otherStates(bloc), 0.0, 0.0);
        // In the Assembly an unlisted member may be absent, at its recorded rate; one draw decides both.
        double absent = council ? 0.0 : voteRates.assemblyAbsence();
        for (int i = votes.size(); i < members; i++) {
            double u = events.nextDouble();
            if (u >= absent) {
                tally[Ballots.draw(others, (u - absent) / (1 - absent))]++;
            }
        }
        boolean veto = council && Actors.PERMANENT_MEMBERS_IN_ORDER.stream().anyMatch(m -> "against".equals(votes.get(m)));
        String outcome = council
                ? tally[Ballots.FOR] < COUNCIL_MAJORITY ? "failed" : veto ? "vetoed" : "adopted"
                : tally[Ballots.FOR] > tally[Ballots.AGAINST] ? "adopted" : "failed";
        for (ActorAgent member : actors) {
            String ballot = votes.get(member.id);
            if (member == sponsor || ballot == null) {
                continue;
            }
            // A veto is cast only in a vote that it decides; other votes against are rejections.
            String act = switch (ballot) {
                case "for" -> "endorse";
                case "against" -> outcome.equals("vetoed") && Actors.PERMANENT_MEMBERS.contains(member.id) ? "veto"
                        : "reject";
                default -> "neutral_statement";
            };
            ChannelState channel = unChannel(member, sponsor);
            if (channel != null) {
                send(member, sponsor, setup.catalogue().find(act).orElseThrow(), channel);
            }
        }
        sink.accept(new ModelEvent.VoteHeld(day, vote.id(), outcome, votes, tally[Ballots.FOR],
                tally[Ballots.AGAINST], tally[Ballots.ABSTAIN]));
    }

    private String ballot(String member, ActorAgent sponsor, TimelineEvent.SecurityCouncilVote vote,
                          VoteBaseRates.Bloc bloc, Map<String, String> cast) {
        if (member.equals(sponsor.id) || vote.cosponsors().contains(member)) {
            events.nextDouble(); // every named member takes one draw, so co-sponsoring changes no other ballot
            return "for";
        }
        double support = Double.NaN;
        if (actorIndex.containsKey(member)) {
            ActorAgent voter = agent(member);
            support = 0.5 * (voter.stance.value(Dimension.N) + dyads[voter.index][sponsor.index].trust);
        } else if (Actors.isAlly(member) && actorIndex.containsKey(Actors.ALLIES) && !sponsor.id.equals(Actors.ALLIES)) {
            ActorAgent allies = agent(Actors.ALLIES);
            support = 0.5 * (allies.stance.value(Dimension.N) + dyads[allies.index][sponsor.index].trust);
        }
        double shift = Double.isNaN(support) ? 0.0 : support - 0.5;
        VoteBaseRates.Propensity base = vote.body() == TimelineEvent.Body.SECURITY_COUNCIL
                ? councilRecord.withPartnerAgainst(member, bloc, cast).orElse(voteRates.member(member, bloc))
                : voteRates.member(member, bloc);
        double[] probabilities = Ballots.probabilities(base, shift, p.voteSensitivity());
        return Ballots.NAMES[Ballots.draw(probabilities, events.nextDouble())];
    }

    // ---- phase 1: decisions ----------------------------------------------------------

    /** An actor decides its signals for today, one counterpart at a time in a fixed order. */
    void decide(ActorAgent actor) {
        for (ActorAgent other : actors) {
            if (other == actor) {
                continue;
            }
            Dyad d = dyads[actor.index][other.index];
            ChannelState[] options = links[actor.index][other.index];
            double quiet = 1.0 - Math.min(1.0, d.dailyContacts);
            if (d.unanswered) {
                quiet *= 1.0 - p.responsiveness();
            }
            if (decisions.nextDouble() >= 1.0 - quiet) {
                continue;
            }
            double intended = actor.strategy.intend(d, actor, day, p, decisions);
            boolean material = actor.strategy.allowsMaterial(d, actor, p);
            SignalType type = setup.catalogue().closest(intended, material || intended > 0,
                    actor.strategy.maxRung(d, actor));
            ChannelState channel = type.material() ? observation : verbalChannel(options, type);
            if (channel != null) {
                send(actor, other, type, channel);
                d.unanswered = false;
                d.lastSent = type.goldstein();
            }
        }
    }

    /** Cooperative words go privately where they can; hostile ones publicly where they can. */
    private static ChannelState verbalChannel(ChannelState[] options, SignalType type) {
        ChannelState chosen = null;
        for (ChannelState c : options) {
            if (!c.open || c.kind == ChannelKind.UN_VENUE) {
                continue;
            }
            if (chosen == null || (c.isPublic == type.hostile() && chosen.isPublic != type.hostile())) {
                chosen = c;
            }
        }
        return chosen;
    }

    private ChannelState publicChannel(ActorAgent a, ActorAgent b) {
        ChannelState fallback = null;
        for (ChannelState c : links[a.index][b.index]) {
            if (c.open && c.isPublic) {
                return c;
            }
            fallback = c.open ? c : fallback;
        }
        return fallback;
    }

    private ChannelState unChannel(ActorAgent a, ActorAgent b) {
        for (ChannelState c : links[a.index][b.index]) {
            if (c.open && c.kind == ChannelKind.UN_VENUE) {
                return c;
            }
        }
        return publicChannel(a, b);
    }

    private void send(ActorAgent sender, ActorAgent receiver, SignalType type, ChannelState channel) {
        sink.signalSent(day, sender.id, receiver.id, channel.id, type, channel.isPublic);
        Dyad d = dyads[sender.index][receiver.index];
        if (channel.isPublic && !type.material() && type.hostile()) {
            // Audience costs (Fearon 1994): a public hostile statement commits the sender.
            d.commitment = Math.max(d.commitment, p.audienceCost() * (p.goldsteinAnchor() - type.goldstein()));
        }
        if (type.material() && type.hostile()) {
            d.lastDeedSent = day;
            d.deedOwed = false;
        }
        inFlight.add(day + channel.latency, day, sender, receiver, type, channel);
    }

    // ---- phase 2: delivery and perception ------------------------------------------

    private void deliver() {
        InFlight.Bucket due = inFlight.due(day);
        // Perceiving sends nothing, so the bucket does not change while it is delivered.
        for (int i = 0; i < due.size; i++) {
            perceive(due.sentDay[i], due.sender[i], due.receiver[i], due.type[i], due.channel[i]);
        }
        due.clear();
    }

    private void perceive(int sentDay, ActorAgent sender, ActorAgent receiver, SignalType type, ChannelState channel) {
        Dyad r = dyads[receiver.index][sender.index];
        int before = r.rung;
        boolean lost = !channel.open || perception.nextDouble() >= channel.delivery;
        if (lost) {
            sink.signalDelivered(day, sentDay, sender.id, receiver.id, channel.id, type, null, Double.NaN,
                    before, before);
            return;
        }
        double noise = channel.noise;
        if (type.material()) {
            // Deeds are observed, not sent; a pair that talks often can ask what a deed meant
            // (hotlines, incidents-at-sea style agreements), so its observation is clearer.
            double perMonth = 30.0 * r.dialogueActivity;
            noise *= 1.0 - p.dialogueClarification() * perMonth / (perMonth + p.dialogueHalfSaturation());
        }
        double g = Math.max(-10.0, Math.min(10.0, type.goldstein() + noise * perception.nextGaussian()));
        SignalType seen = setup.catalogue().perceive(type, g);
        updateBeliefs(r, g, 1.0);
        if (channel.kind == ChannelKind.PRIVATE_DIALOGUE) {
            r.dialogueToday++;
            dyads[sender.index][receiver.index].dialogueToday++;
        }
        if (g > EscalationLadder.NEUTRAL_BAND && r.lastSent > EscalationLadder.NEUTRAL_BAND) {
            r.reciprocations++;
        }
        r.lastPerceived = g;
        if (type.material() && g < -EscalationLadder.NEUTRAL_BAND && day - r.lastDeedSent > p.cooldownDays()) {
            r.deedOwed = true;
            r.owedDeed = g;
            r.owedDeedSeen = seen.goldstein();
        }
        r.unanswered = true;
        if (g < -EscalationLadder.NEUTRAL_BAND && seen.rung() > 0 && seen.rung() >= r.rung) {
            // An act at or above the current rung sustains it; one above climbs to it.
            r.calmDays = 0;
            r.rung = seen.rung();
        }
        for (Pool pool : poolsOf[receiver.index]) {
            if (pool.channel.open) {
                pool.add(receiver.index, sender.index, g);
            }
        }
        sink.signalDelivered(day, sentDay, sender.id, receiver.id, channel.id, type, seen, g, before, r.rung);
    }

    /**
     * Perceived hostility is smoothed. Trust and threat move on surprise: the perceived value
     * against the conduct the actor expects of the other in the status quo. Trust builds
     * slowly on conduct better than expected and falls fast on conduct worse than expected
     * (the asymmetry principle: Slovic 1993; Jervis 1976 on the weight of hostile evidence).
     */
    private void updateBeliefs(Dyad r, double g, double weight) {
        double lambda = p.hostilitySmoothing() * weight;
        r.hostility += lambda * ((p.goldsteinAnchor() - g) - r.hostility);
        double surprise = g - (p.goldsteinAnchor() - r.expectedHostility); // against the other's status-quo conduct
        if (surprise > EscalationLadder.NEUTRAL_BAND) {
            r.trust += weight * p.trustGain() * (1.0 - r.trust) * Math.min(1.0, surprise / 10.0);
        } else if (surprise < -EscalationLadder.NEUTRAL_BAND) {
            r.trust -= weight * p.trustLoss() * r.trust * Math.min(1.0, -surprise / 10.0);
            if (r.adversarial) {
                r.threat += weight * p.threatGain() * (1.0 - r.threat) * Math.min(1.0, -surprise / 10.0);
            }
        }
    }

    /**
     * Allies compare notes once a day through each open allied channel: what its members
     * perceived of each sender that day is pooled, and every member updates its own view of
     * the sender once, with the mean of what the others perceived (its own perceptions it has
     * already taken in), weighted by alignment with the US: an ally's own AL; for the US (or a
     * member outside its bloc), the mean AL of the allies it heard from. The work is O(signals)
     * to pool and O(members x senders) to share, not O(signals x members): n^2 a day at most.
     */
    private void shareWithAllies() {
        for (Pool pool : pools) {
            if (pool.channel.open) {
                pool.share();
            }
            pool.clear();
        }
    }

    private Pool[] pools() {
        List<Pool> list = new ArrayList<>();
        for (ChannelState c : channels) {
            if (c.kind != ChannelKind.ALLIED_CONSULTATION) {
                continue;
            }
            boolean[] member = new boolean[actors.length];
            for (ActorAgent a : actors) {
                for (ActorAgent b : actors) {
                    if (a != b && java.util.Arrays.asList(links[a.index][b.index]).contains(c)) {
                        member[a.index] = true;
                        member[b.index] = true;
                    }
                }
            }
            list.add(new Pool(c, member));
        }
        return list.toArray(new Pool[0]);
    }

    /** One allied channel's perceptions of the day, by sender, with each member's own part. */
    private final class Pool {

        final ChannelState channel;
        final boolean[] member;
        private final int[] members;
        private final double[] alignment;
        private final boolean[] ally;
        private final double[] sum;
        private final double[] alignmentSum;
        private final int[] count;
        private final double[][] ownSum;
        private final int[][] ownCount;
        private final int[] touchedSenders;
        private int touched;

        Pool(ChannelState channel, boolean[] member) {
            this.channel = channel;
            this.member = member;
            int n = actors.length;
            members = java.util.stream.IntStream.range(0, n).filter(i -> member[i]).toArray();
            alignment = new double[n];
            ally = new boolean[n];
            for (ActorAgent a : actors) {
                alignment[a.index] = a.stance.value(Dimension.AL);
                ally[a.index] = setup.scenario().isAlly(a.id);
            }
            sum = new double[n];
            alignmentSum = new double[n];
            count = new int[n];
            ownSum = new double[n][];
            ownCount = new int[n][];
            for (int m : members) {
                ownSum[m] = new double[n];
                ownCount[m] = new int[n];
            }
            touchedSenders = new int[n];
        }

        void add(int receiver, int sender, double g) {
            if (count[sender] == 0) {
                touchedSenders[touched++] = sender;
            }
            sum[sender] += g;
            alignmentSum[sender] += alignment[receiver];
            count[sender]++;
            ownSum[receiver][sender] += g;
            ownCount[receiver][sender]++;
        }

        void share() {
            for (int m : members) {
                for (int t = 0; t < touched; t++) {
                    int s = touchedSenders[t];
                    int k = count[s] - ownCount[m][s];
                    if (s == m || k == 0) {
                        continue;
                    }
                    double mean = (sum[s] - ownSum[m][s]) / k;
                    double weight = ally[m] ? alignment[m]
                            : (alignmentSum[s] - alignment[m] * ownCount[m][s]) / k;
                    updateBeliefs(dyads[m][s], mean, weight);
                }
            }
        }

        void clear() {
            for (int t = 0; t < touched; t++) {
                int s = touchedSenders[t];
                sum[s] = 0;
                alignmentSum[s] = 0;
                count[s] = 0;
                for (int m : members) {
                    ownSum[m][s] = 0;
                    ownCount[m][s] = 0;
                }
            }
            touched = 0;
        }
    }

    // ---- phase 3: postures, ladders, report ------------------------------------------

    private void endOfDay() {
        shareWithAllies();
        int maxRung = 0;
        Dyad highest = null;
        double posture = 0;
        double trust = 0;
        double hostility = 0;
        int adversarial = 0;
        for (Dyad d : pairs) {
            d.dialogueActivity += (d.dialogueToday - d.dialogueActivity) / p.dialogueMemory();
            d.dialogueToday = 0;
            // Richardson (1960): dx = k*h - a*x + g, with the floor of public commitments.
            d.posture = nextPosture(d.posture, d.hostility, reaction(d), restraint(d, d.dialogueActivity),
                    grievance(d), d.commitment, p);
            d.commitment *= commitmentDecay;
            // Beliefs regress to the run's prior without news (a regime, not a ramp): trust and
            // threat close half their gap in belief_half_life days, perceived hostility in
            // hostility_half_life days.
            d.trust = d.priorTrust + (d.trust - d.priorTrust) * beliefDecay;
            d.threat = d.priorThreat + (d.threat - d.priorThreat) * beliefDecay;
            d.hostility = d.expectedHostility + (d.hostility - d.expectedHostility) * hostilityDecay;
            // The rung steps down only after sustained calm: no act at the current rung for
            // cooldown days while the other's smoothed perceived conduct is cooperative.
            d.calmDays = d.hostility < p.goldsteinAnchor() ? d.calmDays + 1 : 0;
            if (d.rung > 0 && d.calmDays >= p.cooldownDays()) {
                d.rung--;
                d.calmDays = 0;
            }
            if (crisisDyad[d.self][d.other]) {
                maxRung = Math.max(maxRung, d.rung);
            }
            if (highest == null || d.rung > highest.rung) {
                highest = d;
            }
            if (d.adversarial) {
                posture += d.posture;
                trust += d.trust;
                hostility += d.hostility;
                adversarial++;
            }
        }
        boolean inCrisis = maxRung >= setup.scenario().crisisThreshold();
        if (!anyPairInCrisis && highest != null && highest.rung >= setup.scenario().crisisThreshold()) {
            anyPairInCrisis = true;
            sink.accept(new ModelEvent.AnyPairCrisisBegan(day, actors[highest.self].id,
                    actors[highest.other].id));
        }
        if (reportsDyads) {
            for (Dyad d : pairs) {
                sink.dyadEnded(day, actors[d.self].id, actors[d.other].id, d.adversarial, d.rung, d.trust, d.threat,
                        d.posture, d.hostility);
            }
        }
        int m = Math.max(1, adversarial);
        sink.dayEnded(day, maxRung, posture / m, trust / m, hostility / m, inCrisis);
    }
}
