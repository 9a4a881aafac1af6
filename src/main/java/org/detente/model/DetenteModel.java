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

    private static final int ELECTED_MEMBERS = 10;
    /** Probability that an elected Council member votes for a draft banning weapons in space (13 of 15 did in April 2024). */
    private static final double ELECTED_SUPPORT = 0.85;

    private final ModelSetup setup;
    private final ModelParameters p;
    private final EventSink sink;
    private final long runSeed;
    private final transient RandomStream decisions;
    private final transient RandomStream perception;
    private final transient RandomStream events;
    private final double commitmentDecay;

    /** The actors' agents in scenario order, and every ordered pair's dyad in that order. */
    private ActorAgent[] actors;
    private Dyad[] pairs;
    private final Map<String, Integer> actorIndex = new LinkedHashMap<>();
    private final List<ChannelState> channels = new ArrayList<>();
    private final ChannelState observation;
    private final ChannelState summit;
    private Dyad[][] dyads;
    /** Channels connecting each ordered pair, by actor index. */
    private ChannelState[][][] links;
    /** Allied consultations of each actor, by actor index. */
    private Consultation[][] consultations;
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
        this.sink = sink;
        this.runSeed = seed;
        this.decisions = RandomStreams.generator(RandomStreams.child(seed, RandomStreams.DECISIONS));
        this.commitmentDecay = StrictMath.pow(0.5, 1.0 / p.commitmentHalfLife()); // same bits on every machine
        this.perception = RandomStreams.generator(RandomStreams.child(seed, RandomStreams.PERCEPTION));
        this.events = RandomStreams.generator(RandomStreams.child(seed, RandomStreams.EVENTS));
        this.observation = new ChannelState(ChannelState.OBSERVATION, ChannelKind.PUBLIC_STATEMENT, 0,
                p.observationNoise() * p.noiseScale(), 1.0, true, 0, true);
        this.summit = new ChannelState(ChannelState.SUMMIT, ChannelKind.PRIVATE_DIALOGUE, 0,
                setup.scenario().channels().stream().filter(c -> c.kind() == ChannelKind.PRIVATE_DIALOGUE)
                        .mapToDouble(ChannelSpec::noise).min().orElse(0.5) * p.noiseScale(), 1.0, false, 0, true);
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

    private void initialise() {
        actorIndex.clear();
        channels.clear();
        Scenario scenario = setup.scenario();
        int n = scenario.actors().size();
        actors = new ActorAgent[n];
        for (ActorSpec spec : scenario.actors()) {
            int index = actorIndex.size();
            actors[index] = new ActorAgent(index, spec.id(), setup.stances().get(spec.id()),
                    Strategy.of(spec.strategy()), spec.forgiveness());
            actorIndex.put(spec.id(), index);
        }
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
        refreshLinks();
        for (Dyad d : pairs) {
            // Start at the contact rate the open private channels sustain (both directions).
            double rate = 0;
            for (ChannelState c : links[d.self][d.other]) {
                rate += c.isOpenDialogue() ? 2 * c.dailyContacts : 0;
            }
            d.dialogueActivity = rate;
        }
        consultations = new Consultation[n][];
        for (ActorAgent a : actors) {
            consultations[a.index] = consultationsOf(a);
        }
        inFlight = new InFlight(channels.stream().mapToInt(c -> c.latency).max().orElse(0));
        day = 0;
    }

    private Dyad initialDyad(ActorAgent self, ActorAgent other) {
        boolean adversarial = !(sameCamp(self.id) && sameCamp(other.id));
        Dyad d = new Dyad(self.index, other.index, adversarial);
        Stance s = self.stance;
        d.trust = adversarial ? s.value(Dimension.TR) : Math.max(0.8, s.value(Dimension.AL));
        d.priorTrust = d.trust;
        d.threat = adversarial ? s.value(Dimension.T) : 0.0;
        d.priorThreat = d.threat;
        // Start at the posture's own Richardson equilibrium under the mirror assumption
        // (the other's hostility equals one's own): x0 = g / (a - k), or the anchor if unstable.
        d.reactionBase = p.reactionRate() * (0.5 + s.value(Dimension.R));
        d.restraintBase = p.restraintRate() * (0.5 + s.value(Dimension.D));
        double k = reaction(d);
        double a = restraint(d, 0.0);
        double g = grievance(d);
        d.posture = a > k ? Math.min(g / (a - k), 2 * p.goldsteinAnchor()) : p.goldsteinAnchor();
        d.hostility = d.posture;
        return d;
    }

    private static boolean sameCamp(String id) {
        return Actors.USA.equals(id) || Actors.isAlly(id);
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

    private double grievance(Dyad d) {
        return d.adversarial ? p.grievanceRate() * (d.threat + 1.0 - d.trust) : 0.0;
    }

    // ---- phase 0: scripted events --------------------------------------------------

    private void fireEvents() {
        for (TimelineEvent event : setup.scenario().timeline()) {
            if (event.day() == day) {
                event.accept(timelineHandler);
            }
        }
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
                send(actor, target, type, channel);
            }
            return null;
        }

        @Override
        public Void summit(TimelineEvent.Summit meeting) {
            SignalType negotiate = setup.catalogue().find("intent_to_negotiate").orElseThrow();
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

    /** Recomputes what each dyad's open channels offer: daily contacts and an open dialogue channel. */
    private void refreshLinks() {
        for (Dyad d : pairs) {
            d.dailyContacts = 0;
            for (ChannelState c : links[d.self][d.other]) {
                d.dailyContacts += c.open ? c.dailyContacts : 0;
            }
        }
    }

    private ActorAgent agent(String id) {
        return actors[actorIndex.get(id)];
    }

    /**
     * A Security Council vote. Modelled members vote from their norm commitment and their
     * trust in the sponsor: with support s = (N + trust) / 2 they vote for with probability
     * s^2, against with (1-s)^2 and abstain otherwise; the sponsor votes for. Unmodelled
     * permanent members vote from a silent stance (s = 0.5), except the US's allies, who
     * take the allied aggregate's alignment when it is modelled. Elected members vote for
     * with probability 0.85. A permanent member's vote against is a veto.
     */
    private void holdVote(TimelineEvent.SecurityCouncilVote vote) {
        ActorAgent sponsor = agent(vote.sponsor());
        Map<String, String> votes = new LinkedHashMap<>();
        int votesFor = 0;
        boolean veto = false;
        SignalType tabled = setup.catalogue().find("table_norm_text").orElseThrow();
        for (ActorAgent other : actors) {
            if (other != sponsor) {
                ChannelState channel = unChannel(sponsor, other);
                if (channel != null) {
                    send(sponsor, other, tabled, channel);
                }
            }
        }
        for (String member : List.of(Actors.USA, Actors.RUSSIA, Actors.CHINA, "GBR", "FRA")) {
            String ballot = ballot(member, sponsor);
            votes.put(member, ballot);
            votesFor += ballot.equals("for") ? 1 : 0;
            veto |= ballot.equals("against");
        }
        for (int i = 0; i < ELECTED_MEMBERS; i++) {
            votesFor += events.nextDouble() < ELECTED_SUPPORT ? 1 : 0;
        }
        String outcome = veto ? "vetoed" : votesFor >= 9 ? "adopted" : "failed";
        for (ActorAgent member : actors) {
            String ballot = votes.get(member.id);
            if (member == sponsor || ballot == null) {
                continue;
            }
            String act = switch (ballot) {
                case "for" -> "endorse";
                case "against" -> Actors.PERMANENT_MEMBERS.contains(member.id) ? "veto" : "reject";
                default -> "neutral_statement";
            };
            ChannelState channel = unChannel(member, sponsor);
            if (channel != null) {
                send(member, sponsor, setup.catalogue().find(act).orElseThrow(), channel);
            }
        }
        sink.accept(new ModelEvent.VoteHeld(day, vote.id(), outcome, votes, votesFor));
    }

    private String ballot(String member, ActorAgent sponsor) {
        double support;
        if (member.equals(sponsor.id)) {
            return "for";
        } else if (actorIndex.containsKey(member)) {
            ActorAgent voter = agent(member);
            support = 0.5 * (voter.stance.value(Dimension.N) + dyads[voter.index][sponsor.index].trust);
        } else if (Actors.isAlly(member) && Actors.USA.equals(sponsor.id) && actorIndex.containsKey(Actors.ALLIES)) {
            support = agent(Actors.ALLIES).stance.value(Dimension.AL);
        } else {
            support = Stance.SILENT;
        }
        double u = events.nextDouble();
        if (u < support * support) {
            return "for";
        }
        return u < support * support + (1 - support) * (1 - support) ? "against" : "abstain";
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
        r.lastPerceivedMaterial = type.material();
        r.unanswered = true;
        if (g < -EscalationLadder.NEUTRAL_BAND && seen.rung() > 0 && seen.rung() >= r.rung) {
            // An act at or above the current rung sustains it; one above climbs to it.
            r.calmDays = 0;
            r.rung = seen.rung();
        }
        shareWithAllies(sender, receiver, g);
        sink.signalDelivered(day, sentDay, sender.id, receiver.id, channel.id, type, seen, g, before, r.rung);
    }

    /** Perceived hostility is smoothed; trust builds slowly on cooperation and falls fast on hostility. */
    private void updateBeliefs(Dyad r, double g, double weight) {
        double lambda = p.hostilitySmoothing() * weight;
        r.hostility += lambda * ((p.goldsteinAnchor() - g) - r.hostility);
        if (g > EscalationLadder.NEUTRAL_BAND) {
            r.trust += weight * p.trustGain() * (1.0 - r.trust) * g / 10.0;
        } else if (g < -EscalationLadder.NEUTRAL_BAND) {
            r.trust -= weight * p.trustLoss() * r.trust * -g / 10.0;
            if (r.adversarial) {
                r.threat += weight * p.threatGain() * (1.0 - r.threat) * -g / 10.0;
            }
        }
    }

    /**
     * Allies share what they perceive through open allied consultation: each partner
     * updates its own view of the sender, weighted by the ally's alignment with the US.
     */
    private void shareWithAllies(ActorAgent sender, ActorAgent receiver, double g) {
        for (Consultation c : consultations[receiver.index]) {
            if (c.channel.open && c.partner != sender) {
                updateBeliefs(dyads[c.partner.index][sender.index], g, c.weight);
            }
        }
    }

    /** A partner an actor consults through an allied channel, and the weight of what it passes on. */
    private record Consultation(ChannelState channel, ActorAgent partner, double weight) {
    }

    private Consultation[] consultationsOf(ActorAgent receiver) {
        List<Consultation> list = new ArrayList<>();
        for (ChannelState c : channels) {
            if (c.kind != ChannelKind.ALLIED_CONSULTATION) {
                continue;
            }
            for (ActorAgent partner : actors) {
                if (partner == receiver || !java.util.Arrays.asList(links[receiver.index][partner.index]).contains(c)) {
                    continue;
                }
                ActorAgent ally = Actors.isAlly(partner.id) ? partner : receiver;
                list.add(new Consultation(c, partner, ally.stance.value(Dimension.AL)));
            }
        }
        return list.toArray(new Consultation[0]);
    }

    // ---- phase 3: postures, ladders, report ------------------------------------------

    private void endOfDay() {
        int maxRung = 0;
        double posture = 0;
        double trust = 0;
        double hostility = 0;
        int adversarial = 0;
        for (Dyad d : pairs) {
            d.dialogueActivity += (d.dialogueToday - d.dialogueActivity) / p.dialogueMemory();
            d.dialogueToday = 0;
            // Richardson (1960): dx = k*h - a*x + g, with the floor of public commitments.
            double next = Richardson.step(d.posture, d.hostility, reaction(d),
                    restraint(d, d.dialogueActivity), grievance(d), 1.0);
            d.posture = Math.max(Math.max(0.0, d.commitment), next);
            d.commitment *= commitmentDecay;
            // Beliefs regress to the prior without news: trust returns to its coded value
            // with a time constant of trust_memory days.
            d.trust += (d.priorTrust - d.trust) / p.trustMemory();
            d.threat += (d.priorThreat - d.threat) / p.trustMemory();
            // The rung steps down only after sustained calm: no act at the current rung for
            // cooldown days while the other's smoothed perceived conduct is cooperative.
            d.calmDays = d.hostility < p.goldsteinAnchor() ? d.calmDays + 1 : 0;
            if (d.rung > 0 && d.calmDays >= p.cooldownDays()) {
                d.rung--;
                d.calmDays = 0;
            }
            maxRung = Math.max(maxRung, d.rung);
            if (d.adversarial) {
                posture += d.posture;
                trust += d.trust;
                hostility += d.hostility;
                adversarial++;
            }
        }
        boolean inCrisis = maxRung >= setup.scenario().crisisThreshold();
        int m = Math.max(1, adversarial);
        sink.dayEnded(day, maxRung, posture / m, trust / m, hostility / m, inCrisis);
    }
}
