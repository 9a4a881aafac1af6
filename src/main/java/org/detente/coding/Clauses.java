package org.detente.coding;

import java.util.Set;

/**
 * Shallow clause analysis on the Universal Dependencies part-of-speech tags of OpenNLP's
 * English model: the explicit subject of an event verb, and whether an event lies in a clause
 * that only recalls an earlier act ({@code docs/stance-coding.md}, "Grammar").
 *
 * <p>No statistical parser is used (OpenNLP publishes no English parser or chunker model
 * for its UD tag set); the rules read the tags, a few function words and punctuation.
 */
final class Clauses {

    /** Relative pronouns: a clause they open describes the noun before it. */
    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose");
    /**
     * Subordinators of time and cause: a clause they open sets an earlier act in the background
     * of the main one ("after Russia destroyed a satellite", "because China had tested").
     */
    private static final Set<String> ANTERIOR_SUBORDINATORS = Set.of("after", "because", "when", "since", "once");
    /** Subordinators of concession ("although Moscow has long refused"). */
    private static final Set<String> CONCESSIVE_SUBORDINATORS = Set.of("although", "though", "while", "whereas");
    /** Punctuation that ends a clause when scanning left from a verb. */
    private static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ";", ":", "(", ")", "—", "–");
    /** Tags of the words of a verb group before its main verb ("has strongly condemned", "did not reject"). */
    private static final Set<String> VERB_GROUP = Set.of("AUX", "ADV", "PART");
    /** Tags of the words a subject noun phrase is made of, scanning left from its head. */
    private static final Set<String> NOUN_PHRASE = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM", "PART", "ADP");
    /** Prepositions that may join a noun phrase to its head ("the spokesman for the ministry"). */
    private static final Set<String> NOUN_PHRASE_PREPOSITIONS = Set.of("of", "for", "at", "in");

    private Clauses() {
    }

    /**
     * Whether the event at token {@code at} lies in a clause that recalls an earlier act, so it
     * is not a new event:
     * <ul>
     *   <li>a clause of time or cause ("after Russia destroyed a satellite", "when the satellite
     *       manoeuvred", "because China had tested");</li>
     *   <li>a relative or concessive clause in a perfect tense ("the draft, which Russia had
     *       vetoed", "although it has consistently refused"); in a simple tense such a clause
     *       reports a new act ("the Council, which called it reckless");</li>
     *   <li>a participle set off after a noun with its by-agent ("a Russian amendment, backed by
     *       China, failed").</li>
     * </ul>
     * The clause is found by scanning left from the event to its opening word, stopping at
     * punctuation that closes a clause or at a complementiser ("said that"), which opens
     * reported content.
     */
    static boolean background(EnglishNlp.Sentence s, int at) {
        if (isReducedRelative(s, at)) {
            return true;
        }
        boolean perfect = false;
        for (int t = at - 1; t >= 0; t--) {
            String word = s.lower()[t];
            String tag = s.tags()[t];
            if (CLAUSE_PUNCTUATION.contains(word)) {
                return false;
            }
            perfect |= tag.equals("AUX") && s.lemmas()[t].equals("have");
            if (ANTERIOR_SUBORDINATORS.contains(word) && tag.equals("SCONJ")) {
                return true;
            }
            if (isRelative(s, t) || CONCESSIVE_SUBORDINATORS.contains(word) && tag.equals("SCONJ")) {
                return perfect;
            }
            if (tag.equals("SCONJ")) {
                return false; // "said that ...": reported content is no background
            }
        }
        return false;
    }

    /**
     * A relative pronoun: "which", "who" and the like, or "that" after a noun that is not itself
     * the object of a verb ("the talks that Washington had sought", but "told reporters that").
     */
    private static boolean isRelative(EnglishNlp.Sentence s, int t) {
        String word = s.lower()[t];
        if (!s.tags()[t].equals("PRON") && !s.tags()[t].equals("DET")) {
            return false;
        }
        if (RELATIVE.contains(word)) {
            return true;
        }
        return word.equals("that") && t > 0 && isNominal(s.tags()[t - 1])
                && (t < 2 || !s.tags()[t - 2].equals("VERB"));
    }

    /** A participle after a noun and a comma, with its by-agent: "an amendment, backed by China,". */
    private static boolean isReducedRelative(EnglishNlp.Sentence s, int at) {
        int t = at - 1;
        while (t >= 0 && s.tags()[t].equals("ADV")) {
            t--;
        }
        return t >= 1 && s.tags()[at].equals("VERB") && s.lower()[t].equals(",") && isNominal(s.tags()[t - 1])
                && at + 1 < s.tokens().length && s.lower()[at + 1].equals("by");
    }

    private static boolean isNominal(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    /**
     * The tokens {@code [from, to)} of the explicit subject of the verb at token {@code verb}, or
     * null if it has none that the rules can see: the noun phrase ending right before the verb
     * group ("The Swiss delegation | abstained", "The draft | was rejected"). An infinitive ("agreed
     * to extend"), a pronoun or a relative pronoun, a participle and a word that is not a verb
     * have none here; their source comes from the other rules.
     */
    static int[] subject(EnglishNlp.Sentence s, int verb) {
        if (!s.tags()[verb].equals("VERB")) {
            return null;
        }
        int g = verb;
        while (g > 0 && VERB_GROUP.contains(s.tags()[g - 1]) && !s.lower()[g - 1].equals("to")) {
            g--;
        }
        int head = g - 1;
        if (head < 0 || !isNominal(s.tags()[head])) {
            return null;
        }
        int from = head;
        while (from > 0 && NOUN_PHRASE.contains(s.tags()[from - 1])
                && (!s.tags()[from - 1].equals("ADP") || NOUN_PHRASE_PREPOSITIONS.contains(s.lower()[from - 1]))) {
            from--;
        }
        // A subject opens the sentence or its clause; a noun phrase that follows another word
        // ("Moscow said | the draft ..." aside) is taken for an object and not read as a subject.
        if (from > 0 && !CLAUSE_PUNCTUATION.contains(s.lower()[from - 1]) && !s.tags()[from - 1].equals("CCONJ")
                && !s.tags()[from - 1].equals("SCONJ")) {
            return null;
        }
        return new int[] {from, head + 1};
    }

    /** Possessive determiners, which may stand inside a noun phrase ("its proposal"). */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");

    /**
     * The verb whose object is the noun phrase ending at token {@code noun} ("held | talks",
     * "proposed | a new treaty", "rejected | their proposal"), or -1 if the phrase is not a verb's
     * object: it follows a preposition ("a basis for | negotiations"), opens the sentence or a
     * clause, or modifies another noun ("the treaty | text"). A phrase that is the subject of a
     * passive ("talks | were held") gives its verb.
     */
    static int governingVerb(EnglishNlp.Sentence s, int noun) {
        if (noun + 1 < s.tokens().length && isNominal(s.tags()[noun + 1])) {
            return -1; // a modifier of the next noun
        }
        int j = noun - 1;
        while (j >= 0 && (Set.of("ADJ", "NOUN", "PROPN", "NUM", "PART").contains(s.tags()[j])
                || s.lower()[j].equals("-") || s.tags()[j].equals("PRON") && POSSESSIVES.contains(s.lower()[j])
                || s.tags()[j].equals("VERB") && j > 0 && s.tags()[j - 1].equals("DET"))) {
            j--;
        }
        if (j >= 0 && s.tags()[j].equals("DET")) {
            j--;
        }
        while (j >= 0 && s.tags()[j].equals("ADV")) {
            j--;
        }
        if (j >= 0 && (s.tags()[j].equals("VERB") || s.tags()[j].equals("AUX"))) {
            return j;
        }
        int after = noun + 1;
        if (after + 1 < s.tokens().length && s.tags()[after].equals("AUX") && s.tags()[after + 1].equals("VERB")
                && s.lemmas()[after].equals("be")) {
            return after + 1; // "talks were held"
        }
        return -1;
    }

    /** The most tokens a parenthetical between commas may have. */
    private static final int PARENTHETICAL = 15;

    /**
     * The token after a parenthetical that opens at {@code at} with a comma and closes with the
     * next one: a relative clause (", who met the envoy on Monday,") or an appositive noun phrase
     * (", the foreign minister,"); -1 if none opens there.
     */
    static int afterParenthetical(EnglishNlp.Sentence s, int at) {
        if (at >= s.tokens().length || !s.lower()[at].equals(",")) {
            return -1;
        }
        int close = -1;
        for (int t = at + 1; t < Math.min(s.tokens().length, at + 2 + PARENTHETICAL); t++) {
            if (s.lower()[t].equals(",")) {
                close = t;
                break;
            }
            if (CLAUSE_PUNCTUATION.contains(s.lower()[t])) {
                return -1;
            }
        }
        if (close < 0 || close == at + 1) {
            return -1;
        }
        boolean relative = RELATIVE.contains(s.lower()[at + 1]);
        boolean appositive = true;
        for (int t = at + 1; t < close && appositive; t++) {
            appositive = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART").contains(s.tags()[t])
                    || s.lower()[t].equals("of") || s.lower()[t].equals("-");
        }
        return relative || appositive ? close + 1 : -1;
    }

    /** Whether tokens {@code [from, to)} hold only a verb group's auxiliaries, adverbs and particles. */
    static boolean onlyVerbGroup(EnglishNlp.Sentence s, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int t = from; t < to; t++) {
            if (!VERB_GROUP.contains(s.tags()[t]) || s.lower()[t].equals("to")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tokens {@code [from, to)} of what a verb of calling predicates of its object ("called
     * the test | a terrible thing", "called it | reckless", "described the agreement as | a
     * milestone"), or null if there is none: after "as" when it follows, else after the object
     * noun phrase, to the end of the clause, the next verb or a preposition ("a threat | to peace"),
     * at most ten tokens on.
     */
    static int[] predicate(EnglishNlp.Sentence s, int verb) {
        int clause = verb + 1;
        while (clause < s.tokens().length && clause - verb <= 10 && !CLAUSE_PUNCTUATION.contains(s.lower()[clause])
                && !s.lower()[clause].equals(".") && !s.tags()[clause].equals("VERB") && !s.tags()[clause].equals("AUX")
                && !(s.tags()[clause].equals("SCONJ") && !s.lower()[clause].equals("as"))) {
            clause++;
        }
        if (clause < s.tokens().length && (s.tags()[clause].equals("VERB") || s.tags()[clause].equals("AUX"))
                && s.tags()[clause - 1].equals("CCONJ")) {
            clause--; // "called the talks constructive and | said ..."
        }
        for (int t = verb + 1; t < clause; t++) {
            if (s.lower()[t].equals("as")) {
                int to = untilPreposition(s, t + 1, clause);
                return t + 1 < to ? new int[] {t + 1, to} : null;
            }
        }
        int end = untilPreposition(s, verb + 1, clause);
        int t = verb + 1;
        if (t < end && s.tags()[t].equals("PRON")) {
            t++; // "called it ..."
        } else {
            boolean head = false;
            if (t < end && s.tags()[t].equals("DET")) {
                t++;
            }
            while (t < end && (Set.of("ADJ", "NOUN", "PROPN", "NUM", "PART").contains(s.tags()[t])
                    || s.lower()[t].endsWith("'s")) && !(head && s.tags()[t].equals("ADJ"))) {
                head |= isNominal(s.tags()[t]);
                t++;
            }
            if (!head) {
                return null;
            }
        }
        end = untilPreposition(s, t, clause);
        return t < end ? new int[] {t, end} : null;
    }

    /** The first preposition in {@code [from, to)} ("a threat | to peace"), or {@code to}. */
    private static int untilPreposition(EnglishNlp.Sentence s, int from, int to) {
        int t = from;
        while (t < to && !s.tags()[t].equals("ADP")) {
            t++;
        }
        return t;
    }
}
