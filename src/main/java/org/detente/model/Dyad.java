package org.detente.model;

/**
 * One actor's view of its relation with another (an ordered pair): its own hostile
 * posture toward the other, what it perceives of the other, its trust, its public
 * commitments and the rung the relation has reached as it experiences it.
 */
final class Dyad {

    final int self;
    final int other;
    /** Whether the two are adversaries (not both in the US camp). */
    final boolean adversarial;

    /** Hostile posture toward the other, on the Goldstein scale below the anchor (0 = fully conciliatory). */
    /** Richardson's reaction coefficient before threat and trust: reaction_rate (0.5 + R). */
    double reactionBase;
    /** Richardson's restraint before dialogue: restraint_rate (0.5 + D). */
    double restraintBase;
    double posture;
    /** The status-quo posture the actor's stance implies toward the other, from which the run starts. */
    double priorPosture;
    /**
     * The hostility the actor expects of the other in the status quo: the other's status-quo
     * posture toward it, read from the other's public statements (the coded text is public).
     * Perceived hostility starts there and returns there without news; trust and threat move
     * on conduct that departs from it.
     */
    double expectedHostility;
    /** Richardson's grievance at the status quo: restraint x prior posture - reaction x expected hostility. */
    double baseGrievance;
    /** Smoothed perceived hostility of the other, on the same scale as posture. */
    double hostility;
    /** Trust in the other, in [0,1]. */
    double trust;
    /** Threat perceived from the other, in [0,1]; starts at the stance's T. */
    double threat;
    /** Threat at the start, to which threat returns in the absence of news. */
    double priorThreat;
    /** Floor under posture from public hostile statements (audience costs). */
    double commitment;
    /** Rung of the ladder the relation is on, as this actor experiences it. */
    int rung;
    /** Consecutive calm days: no act at the current rung perceived, the other's conduct cooperative. */
    int calmDays;
    /** Expected contacts per day through the open channels connecting the pair. */
    double dailyContacts;
    /** Private dialogue contacts per day, smoothed over dialogue_memory days. */
    double dialogueActivity;
    /** Private dialogue contacts today (a summit counts summit_weight). */
    double dialogueToday;

    /** Last Goldstein value perceived from the other; NaN before the first. */
    double lastPerceived = Double.NaN;
    /** The perceived Goldstein value of the deed owed an answer ({@link #deedOwed}). */
    double owedDeed = Double.NaN;
    /** The Goldstein weight of the act the actor believes that deed was. */
    double owedDeedSeen = Double.NaN;
    /** Day this actor last sent the other a hostile material act (a deed). */
    int lastDeedSent = Integer.MIN_VALUE / 2;
    /**
     * Whether a hostile deed of the other awaits an answer: set when one is perceived that is
     * not itself the answer to a deed this actor sent within cooldown_days (contrition, which
     * stops the echo of retaliation: Boyd 1989; Wu and Axelrod 1995); cleared by answering
     * with a deed.
     */
    boolean deedOwed;
    /** Trust at the start, to which trust returns in the absence of news. */
    double priorTrust;
    /** Whether something was perceived from the other since this actor last signalled it. */
    boolean unanswered;
    /** Last Goldstein value this actor sent the other; NaN before the first. */
    double lastSent = Double.NaN;
    /** GRIT: conciliatory steps the other has reciprocated. */
    int reciprocations;

    Dyad(int self, int other, boolean adversarial) {
        this.self = self;
        this.other = other;
        this.adversarial = adversarial;
    }
}
