package org.detente.scenario;

import java.util.Optional;

/** The strategies an actor can follow, by the name a scenario file uses. */
public enum StrategyName {
    /** Signals follow the actor's posture, which follows its coded stance (the default). */
    STANCE("stance"),
    /** Answer in kind what was perceived last (Axelrod 1984). */
    TIT_FOR_TAT("tit-for-tat"),
    /** Tit-for-tat that forgives a perceived hostility with a given probability (Nowak and Sigmund 1992). */
    GENEROUS_TIT_FOR_TAT("generous-tit-for-tat"),
    /** Keep the last move after a good outcome, switch after a bad one (Nowak and Sigmund 1993). */
    WIN_STAY_LOSE_SHIFT("win-stay-lose-shift"),
    /** Announced unilateral conciliatory steps, graduated by reciprocation (Osgood 1962). */
    GRIT("grit"),
    /** Answer hostility with a firmer material signal. */
    DETERRENCE("deterrence");

    private final String key;

    StrategyName(String key) {
        this.key = key;
    }

    /** The name as written in a scenario file. */
    public String key() {
        return key;
    }

    /** The strategy a scenario file names. */
    public static Optional<StrategyName> parse(String key) {
        return Keys.parse(values(), StrategyName::key, key);
    }

    /** The names a scenario file may use, for error messages. */
    public static String keys() {
        return Keys.list(values(), StrategyName::key);
    }
}
