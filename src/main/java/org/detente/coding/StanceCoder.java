package org.detente.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.detente.scenario.Actors;
import org.detente.scenario.Dimension;

/**
 * Codes news text into events and actor stances ({@code docs/stance-coding.md}).
 *
 * <p>Per sentence: actor mentions (longest dictionary match, or a nationality adjective
 * with an agent noun; anaphora resolve to the sentence's speaker, pair phrases to the two
 * most recent actors), the speaker (subject of a reporting verb, else carried over), event
 * patterns (longest non-overlapping matches), each event's source (an actor named just
 * before the phrase, or the by-agent of a passive, else the speaker) and target (the next
 * other actor named after it), modality, and the cues of the event-to-cue table. A sentence
 * with no event pattern but a reporting verb is a statement (see {@link #statement}). Cues
 * aggregate per actor and dimension by the rule of {@link StanceEstimate}.
 *
 * <p>Restatements: see {@link #finish}. Not thread-safe: one coder per thread.
 */
public final class StanceCoder {

    static final String SPEAKER = "@speaker";
    /** Actor code of a phrase that names the two most recent actors ("the two leaders"). */
    static final String PAIR = "@pair";
    /** Code of an agent noun in {@code agents.tsv}, as opposed to a nationality adjective. */
    static final String AGENT = "agent";
    /** Joins the members of a compound actor ("USA+RUS") in mentions and events. */
    private static final String JOINT = "+";
    /** The CAMEO code of a statement (see {@link #statement}). */
    static final String STATEMENT = "010";
    private static final int SOURCE_WINDOW = 4;
    private static final int MODALITY_WINDOW = 4;
    private static final Set<String> HEDGES = Set.of("potential", "potentially", "would", "could", "might", "may",
            "likely", "consider", "possible", "possibly", "perhaps");
    /** Modal verbs of obligation: what a speaker says another actor should do is an appeal to it. */
    private static final Set<String> DEONTIC = Set.of("should", "must", "ought");
    /** The CAMEO code of an appeal or request. */
    private static final String APPEAL = "020";
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "likely", "expect");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "neither", "nor", "refuse",
            "decline");
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", ".", "with", "between");
    private static final Set<String> BE = Set.of("was", "were", "been", "is", "are", "be");
    /** How many words a passive verb and the "by" of its agent may lie apart ("was condemned by"). */
    private static final int AGENT_WINDOW = 3;

    /**
     * A dictionary row.
     *
     * @param lower the phrase in lower case, for matching attribution labels
     */
    private record Entry(Phrase phrase, String value, String location, String lower, boolean passive) {

        Entry(Phrase phrase, String value, String location) {
            this(phrase, value, location, phrase.toString().toLowerCase(Locale.ROOT), false);
        }

        /**
         * The passive form of a verb-object pattern ("table * draft": "the draft resolution was
         * tabled by"), whose source is its by-agent; null for other patterns.
         */
        Entry passiveForm() {
            List<String> w = phrase.words();
            boolean verbObject = w.size() == 3 && w.get(1).equals("*") || w.size() == 2;
            if (!verbObject || passive) {
                return null;
            }
            String verb = Phrase.withoutVerbMark(w.get(0));
            String object = w.get(w.size() - 1);
            if (!verb.matches("[a-z]+") || !object.matches("[a-z]+") || NOT_OBJECTS.contains(object)) {
                return null;
            }
            Phrase form = Phrase.of(object + " * be " + verb + "/verb");
            return new Entry(form, value, location + " (passive: " + form + ")", form.toString(), true);
        }
    }

    /** Last words of two-word patterns that are no object of their verb ("call for", "agree to"). */
    private static final Set<String> NOT_OBJECTS = Set.of("to", "for", "on", "upon", "with", "that", "of", "in",
            "against", "use", "talk", "negotiate", "support");

    private record Cue(String role, Dimension dimension, int sign, double weight) {
    }

    private record Mention(int start, int end, String code) {
    }

    /** Each dictionary: the rows taken from PETRARCH2 ({@code name.tsv}), then the project's own ({@code name-domain.tsv}). */
    private static final List<Resources.Row> SHIPPED_ACTORS = withPhoenixPersons(shipped("actors"));
    /** The resource of named people, whose surnames later mentions may use alone. */
    private static final String PERSONS = "actors-phoenix-persons.tsv";
    /**
     * The names of the states the other dictionaries do not name ({@code actors-states.tsv},
     * generated by {@code scripts/phoenix-states.py}); their nationality adjectives are in {@code
     * agents-states.tsv}.
     */
    private static final String STATES = "actors-states.tsv";

    /**
     * The actors, then the named people of the Phoenix country dictionary ({@code
     * actors-phoenix-persons.tsv}, generated by {@code scripts/phoenix-persons.py}: people who held
     * a role of a state the coder names, by every name of two words or more).
     */
    private static List<Resources.Row> withPhoenixPersons(List<Resources.Row> actors) {
        List<Resources.Row> rows = new ArrayList<>(actors);
        rows.addAll(Resources.read(PERSONS, 3));
        rows.addAll(Resources.read("actors-phoenix-bodies.tsv", 3));
        rows.addAll(Resources.read(STATES, 3));
        rows.addAll(Resources.read("actors-organisations.tsv", 3));
        return List.copyOf(rows);
    }
    private static final List<Resources.Row> SHIPPED_PATTERNS = shipped("patterns");
    /**
     * The verbs of PETRARCH2's CAMEO verb dictionary ({@code patterns-cameo.tsv}, generated by
     * {@code scripts/cameo-verbs.py}), after the shipped patterns and a user's, which override them.
     */
    private static final String CAMEO_VERBS = "patterns-cameo.tsv";
    private static final List<Resources.Row> DICTIONARY_VERBS = Resources.read(CAMEO_VERBS, 3);
    private static final List<Resources.Row> SHIPPED_REPORTING = shipped("reporting");
    private static final List<Resources.Row> SHIPPED_AGENTS = withPhoenixAgents(shipped("agents"));

    /**
     * The agents, then the agent nouns of the state from the Phoenix agents dictionary
     * ({@code agents-phoenix.tsv}: ministers, ministries, armed forces, legislators, intelligence
     * services), so that "Russian military officials" or "the Chinese Defence Ministry" name
     * their state.
     */
    private static List<Resources.Row> withPhoenixAgents(List<Resources.Row> agents) {
        List<Resources.Row> rows = new ArrayList<>(agents);
        rows.addAll(Resources.read("agents-phoenix.tsv", 3));
        rows.addAll(Resources.read("agents-states.tsv", 3));
        return List.copyOf(rows);
    }

    private static List<Resources.Row> shipped(String name) {
        List<Resources.Row> rows = new ArrayList<>(Resources.read(name + ".tsv", 3));
        rows.addAll(Resources.read(name + "-domain.tsv", 3));
        return List.copyOf(rows);
    }
    /** The shipped dictionaries, with a user's additions (longest phrase first). */
    private final List<Entry> actors;
    /** The actor dictionary indexed by first word (see {@link #firstActor}). */
    private final PhraseIndex actorIndex;
    private final List<Entry> patterns;
    private final PhraseIndex patternIndex;
    private final List<Entry> reporting;
    private final List<Entry> agents;
    /** The agents split once: nationality adjectives, and agent nouns (as phrases, and in lower case). */
    private final List<Entry> nationalities;
    private final PhraseIndex nationalityIndex;
    private final List<Entry> agentNouns;
    private final Set<String> agentNounText;
    /** The most words an agent noun has. */
    private final int agentNounWords;
    private static final Map<String, List<Cue>> CUES = cues();
    private static final Map<String, Double> GOLDSTEIN = goldstein();

    private final EnglishNlp nlp = new EnglishNlp();
    /** Sentences the last call of {@link #code(List, Map)} analysed. */
    private long sentences;
    private Map<String, Double> attributionWeights = Map.of();
    /** Actors of the current document in order of their last mention, most recent last. */
    private List<String> recent = new ArrayList<>();
    /**
     * Surnames of the people the current document has named in full with their actor ("Russian
     * Foreign Minister Sergei Lavrov", "Vladimir Putin"), to that actor: the surname alone names
     * it later in the document ("Lavrov said").
     */
    private Map<String, String> surnames = new HashMap<>();
    /**
     * Titles the current document has given with a nationality ("Russian Foreign Minister"), by
     * the agent noun and its last word ("foreign minister", "minister"), to the state last named
     * with them: "the minister" names it later in the document.
     */
    private Map<String, String> titles = new HashMap<>();

    /** A coder with the shipped dictionaries. */
    public StanceCoder() {
        this(UserDictionary.NONE);
    }

    /** A coder with the shipped dictionaries and a user's additions. */
    public StanceCoder(UserDictionary user) {
        actors = entries(SHIPPED_ACTORS, user.actors());
        actorIndex = new PhraseIndex(actors.stream().map(Entry::phrase).toList());
        List<Resources.Row> added = new ArrayList<>(user.patterns());
        added.addAll(DICTIONARY_VERBS);
        patterns = withPassiveForms(entries(SHIPPED_PATTERNS, added));
        patternIndex = new PhraseIndex(patterns.stream().map(Entry::phrase).toList());
        reporting = entries(SHIPPED_REPORTING, user.reporting());
        agents = entries(SHIPPED_AGENTS, user.agents());
        nationalities = agents.stream().filter(e -> !e.value().equals(AGENT)).toList();
        nationalityIndex = new PhraseIndex(nationalities.stream().map(Entry::phrase).toList());
        agentNouns = agents.stream().filter(e -> e.value().equals(AGENT)).toList();
        agentNounText = agentNouns.stream().map(e -> e.phrase().toString()).collect(java.util.stream.Collectors.toSet());
        agentNounWords = agentNouns.stream().mapToInt(e -> e.phrase().words().size()).max().orElse(1);
    }

    /** Whether the coder has a Goldstein weight for a CAMEO code (its own or its root's). */
    static boolean knowsCameo(String cameo) {
        return GOLDSTEIN.containsKey(cameo) || cameo.length() >= 2 && GOLDSTEIN.containsKey(cameo.substring(0, 2));
    }

    private static List<Entry> entries(List<Resources.Row> shipped, List<Resources.Row> user) {
        List<Entry> entries = new ArrayList<>();
        List<Resources.Row> rows = new ArrayList<>(shipped);
        rows.addAll(user);
        for (Resources.Row row : rows) {
            entries.add(new Entry(Phrase.of(row.fields()[0]), row.fields()[1], row.location() + " " + row.fields()[0]));
        }
        entries.sort(Comparator.comparingInt((Entry e) -> -e.phrase().length()));
        return List.copyOf(entries);
    }

    /** The patterns with the passive form of each verb-object pattern, longest first. */
    private static List<Entry> withPassiveForms(List<Entry> patterns) {
        List<Entry> all = new ArrayList<>(patterns);
        for (Entry e : patterns) {
            Entry passive = e.passiveForm();
            if (passive != null) {
                all.add(passive);
            }
        }
        all.sort(Comparator.comparingInt((Entry e) -> -e.phrase().length()));
        return List.copyOf(all);
    }

    private static Map<String, List<Cue>> cues() {
        Map<String, List<Cue>> cues = new HashMap<>();
        for (Resources.Row row : Resources.read("cues.tsv", 6)) {
            String[] f = row.fields();
            Dimension d = Dimension.parse(f[2]).orElseThrow(() ->
                    new IllegalStateException(row.location() + ": unknown dimension " + f[2]));
            cues.computeIfAbsent(f[0], c -> new ArrayList<>())
                    .add(new Cue(f[1], d, f[3].equals("-") ? -1 : 1, Double.parseDouble(f[4])));
        }
        return cues;
    }

    private static Map<String, Double> goldstein() {
        Map<String, Double> weights = new HashMap<>();
        for (Resources.Row row : Resources.read("goldstein.tsv", 3)) {
            weights.put(row.fields()[0], Double.parseDouble(row.fields()[1]));
        }
        return weights;
    }

    /** The Goldstein weight of a CAMEO code: its own, else its root's. */
    static double goldstein(String cameo) {
        Double w = GOLDSTEIN.get(cameo);
        if (w == null) {
            w = GOLDSTEIN.get(cameo.substring(0, 2));
        }
        if (w == null) {
            throw new IllegalStateException("no Goldstein weight for CAMEO " + cameo);
        }
        return w;
    }

    /** Codes the documents; stances aggregate over all of their events. */
    public CodingResult code(List<TextDocument> documents) {
        return code(documents, Map.of());
    }

    /** How many sentences the last coding analysed (for throughput figures). */
    public long sentencesCoded() {
        return sentences;
    }

    /**
     * Codes the documents, weighting the evidence of each paragraph by its attribution:
     * a weight below 1 for a channel ({@code TASS: 0.5}) down-weights second-hand reports.
     * Attributions match without regard to case; those not listed weigh 1.
     */
    public CodingResult code(List<TextDocument> documents, Map<String, Double> attributionWeights) {
        sentences = 0;
        this.attributionWeights = new HashMap<>();
        attributionWeights.forEach((k, v) -> this.attributionWeights.put(k.toLowerCase(Locale.ROOT), v));
        List<CodedEvent> events = new ArrayList<>();
        Map<String, StanceEstimate> stances = new LinkedHashMap<>();
        for (String code : List.of(Actors.USA, Actors.RUSSIA, Actors.ALLIES)) {
            stances.put(code, new StanceEstimate());
        }
        for (TextDocument document : documents) {
            code(document, events, stances);
        }
        return new CodingResult(events, stances);
    }

    private void code(TextDocument document, List<CodedEvent> events, Map<String, StanceEstimate> stances) {
        List<Draft> drafts = new ArrayList<>();
        String lastSpeaker = "";
        String lastAttribution = "";
        recent = new ArrayList<>();
        surnames = new HashMap<>();
        titles = new HashMap<>();
        EnglishNlp.Sentence[][] analysed = nlp.analyseAll(document.paragraphs().stream()
                .map(TextDocument.Paragraph::text).toList());
        int index = 0;
        for (TextDocument.Paragraph paragraph : document.paragraphs()) {
            String attributed = attributionActor(paragraph.attribution());
            // A paragraph from another source is another report: its speaker is not carried over.
            if (!paragraph.attribution().equalsIgnoreCase(lastAttribution)) {
                lastSpeaker = "";
            }
            lastAttribution = paragraph.attribution();
            boolean speakerInParagraph = false;
            EnglishNlp.Sentence[] sentences = analysed[index++];
            this.sentences += sentences.length;
            for (int si = 0; si < sentences.length; si++) {
                EnglishNlp.Sentence s = sentences[si];
                Map<String, String> surnamesBefore = new HashMap<>(surnames);
                Map<String, String> titlesBefore = new HashMap<>(titles);
                List<Mention> mentions = mentions(s, lastSpeaker);
                String speaker = reportedSpeaker(s, mentions);
                if (speaker.isEmpty()) {
                    if (speakerInParagraph || lastSpeaker.isEmpty() && attributed.isEmpty()) {
                        speaker = speakerInParagraph ? lastSpeaker : subjectMention(s, mentions);
                    } else if (!attributed.isEmpty()) {
                        speaker = attributed;
                    } else {
                        String subject = subjectMention(s, mentions);
                        speaker = subject.isEmpty() ? lastSpeaker : subject;
                    }
                }
                if (!speaker.isEmpty()) {
                    lastSpeaker = speaker;
                    speakerInParagraph = true;
                    // "The secretary general said he regretted": an anaphor refers to this sentence's speaker.
                    // The names and titles the first pass learnt are learnt again, in text order.
                    surnames = surnamesBefore;
                    titles = titlesBefore;
                    mentions = mentions(s, speaker);
                }
                List<Draft> found = new ArrayList<>();
                boolean background = false;
                // Pattern matches in the order of patternCandidates, each on words no earlier one
                // took. A match of the CAMEO dictionary that codes no event (it lacks its dyadic
                // frame) leaves its words to other patterns.
                boolean[] taken = new boolean[s.tokens().length];
                // Verbs of calling with an evaluative predicate ("called the test a terrible thing"),
                // before the patterns: "did not call the test a threat" is one (negated) act.
                for (int v = 0; v < s.tokens().length; v++) {
                    if (taken[v] || !s.tags()[v].equals("VERB") || !CALLING.contains(americanLemma(s, v))) {
                        continue;
                    }
                    int[] predicate = isPassive(s, v) ? null : Clauses.predicate(s, v);
                    Entry evaluation = predicate == null ? null : evaluation(s, v, predicate, mentions);
                    if (evaluation == null) {
                        continue;
                    }
                    if (Clauses.background(s, v)) {
                        background = true;
                        continue;
                    }
                    Draft draft = draft(document, paragraph, si, s, evaluation, v, v + 1, mentions, speaker);
                    if (draft != null) {
                        // The verb and its predicate are one act: no pattern in them codes another.
                        java.util.Arrays.fill(taken, v, predicate[1], true);
                        found.add(draft);
                    }
                }
                for (int[] match : patternCandidates(s)) {
                    if (anyTaken(taken, match)) {
                        continue;
                    }
                    // An earlier act recalled in a subordinate clause is no new event (Clauses.background).
                    if (Clauses.background(s, match[0])) {
                        background = true;
                        take(taken, match);
                        continue;
                    }
                    Entry pattern = patterns.get(match[2]);
                    Draft draft = draft(document, paragraph, si, s, pattern, match[0], match[1], mentions, speaker);
                    if (draft == null && pattern.location().startsWith(CAMEO_VERBS)) {
                        continue;
                    }
                    take(taken, match);
                    if (draft != null) {
                        found.add(draft);
                    }
                }
                found.sort(Comparator.comparingInt(d -> d.token));
                found = withoutWhatWasAskedFor(found, s);
                found = oneActEach(found, s);
                if (found.isEmpty() && !background) {
                    Draft draft = statement(document, paragraph, si, s, mentions, speaker);
                    if (draft != null) {
                        found.add(draft);
                    }
                }
                drafts.addAll(found);
                for (Mention m : mentions) {
                    for (String code : m.code().split(Pattern.quote(JOINT))) {
                        recent.remove(code);
                        recent.add(code);
                    }
                }
            }
        }
        finish(drafts, events, stances);
    }

    /** Verbs that predicate an evaluation of their object ("called it reckless", "described it as a success"). */
    private static final Set<String> CALLING = Set.of("call", "describe", "term", "label", "brand", "characterize", "dub");
    /** The least valence (absolute, VADER's -4 to +4 scale) of a word that makes a predicate evaluative. */
    private static final double EVALUATIVE = 1.5;
    private static final String EVALUATIVE_WORDS = "evaluative-vader.tsv";
    private static final Map<String, Resources.Row> VALENCE = valence();

    private static Map<String, Resources.Row> valence() {
        Map<String, Resources.Row> words = new HashMap<>();
        for (Resources.Row row : Resources.read(EVALUATIVE_WORDS, 3)) {
            words.put(row.fields()[0], row);
        }
        return Map.copyOf(words);
    }

    private static String americanLemma(EnglishNlp.Sentence s, int i) {
        String american = Phrase.americanSpelling(s.lemmas()[i]);
        return american != null ? american : s.lemmas()[i];
    }

    /**
     * The event of a verb of calling, in the active voice, whose predicate holds an evaluative word
     * of the VADER lexicon (valence at least 1.5 either way, the strongest in the predicate):
     * criticism (111) when it is negative; when positive, praise (051) of an actor named as the
     * object, else an optimistic comment (013: "described the tone as good"); null when the
     * predicate evaluates nothing.
     */
    private Entry evaluation(EnglishNlp.Sentence s, int verb, int[] predicate, List<Mention> mentions) {
        Resources.Row strongest = null;
        double valence = 0;
        for (int t = predicate[0]; t < predicate[1]; t++) {
            Resources.Row row = (s.tags()[t].equals("ADJ") || s.tags()[t].equals("NOUN"))
                    ? VALENCE.getOrDefault(s.lower()[t], VALENCE.get(s.lemmas()[t])) : null;
            double v = row == null ? 0 : Double.parseDouble(row.fields()[1]);
            if (Math.abs(v) >= EVALUATIVE && Math.abs(v) > Math.abs(valence)) {
                strongest = row;
                valence = v;
            }
        }
        if (strongest == null) {
            return null;
        }
        int objectStart = verb + 1 < s.tokens().length && s.tags()[verb + 1].equals("DET") ? verb + 2 : verb + 1;
        boolean ofActor = mentions.stream().anyMatch(m -> m.start() == objectStart && m.end() >= predicate[0] - 1);
        String cameo = valence < 0 ? "111" : ofActor ? "051" : "013";
        return new Entry(Phrase.of(s.lower()[verb]), cameo, strongest.location() + " '"
                + strongest.fields()[0] + "' (" + strongest.fields()[1] + ") predicated by '" + s.tokens()[verb] + "'");
    }

    /**
     * What an appeal asks of its target is not the appealing actor's act: an event whose verb
     * follows "to" after an appeal (CAMEO 02) coded earlier in the sentence ("Japan urged Russia
     * to negotiate with China": an appeal, not a Japanese offer to negotiate).
     */
    private static List<Draft> withoutWhatWasAskedFor(List<Draft> found, EnglishNlp.Sentence s) {
        List<Draft> kept = new ArrayList<>();
        int appeal = Integer.MAX_VALUE;
        for (Draft d : found) {
            boolean asked = d.token > appeal && d.token > 0 && s.lower()[d.token - 1].equals("to")
                    && s.tags()[d.token].equals("VERB");
            if (!asked) {
                kept.add(d);
            }
            if (d.cameo.startsWith("02") && appeal == Integer.MAX_VALUE) {
                appeal = d.token;
            }
        }
        return kept;
    }

    /**
     * An evaluative word that repeats an act already coded in the sentence, with the same source,
     * code and polarity (its target named or not), is the same act told in more words ("condemned the test as
     * reckless and irresponsible", "condemned the test, calling it reckless": one condemnation). A
     * second verb is a second act ("called on Russia to stop and urged it to talk").
     */
    private static List<Draft> oneActEach(List<Draft> found, EnglishNlp.Sentence s) {
        List<Draft> kept = new ArrayList<>();
        java.util.Set<String> acts = new java.util.HashSet<>();
        for (Draft d : found) {
            boolean fresh = acts.add(d.source + "|" + d.cameo + "|" + d.negated);
            if (fresh || s.tags()[d.token].equals("VERB") && !d.pattern.startsWith(EVALUATIVE_WORDS)) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * The actor named before the sentence's first verb, not as the object of a preposition ("The
     * ministry of China | criticised": none; "Russia | criticised"): the subject a sentence
     * without a reporting verb speaks through; empty if none.
     */
    private static String subjectMention(EnglishNlp.Sentence s, List<Mention> mentions) {
        int verb = 0;
        while (verb < s.tokens().length && (!s.tags()[verb].equals("VERB") || s.lower()[verb].endsWith("'s"))) {
            verb++;
        }
        for (Mention m : mentions) {
            if (m.start() < verb && !isObject(s, m.start()) && !(m.start() > 0 && s.tags()[m.start() - 1].equals("ADP"))) {
                return m.code();
            }
        }
        return "";
    }

    /**
     * The statement rule: a sentence in which no event pattern is coded but a reporting verb
     * is used as a verb ("The official stressed that the discussions involve top-level
     * representatives") yields one statement (CAMEO 010, PETRARCH's EXPLAIN_VERBAL) by the
     * verb's subject or the speaker. When the sentence codes another event, the reporting verb
     * only attributes it and is no event of its own. Statements carry no cues, so they leave
     * the stances unchanged.
     */
    private Draft statement(TextDocument document, TextDocument.Paragraph paragraph, int si, EnglishNlp.Sentence s,
                            List<Mention> mentions, String speaker) {
        for (int i = 0; i < s.tokens().length; i++) {
            for (Entry e : reporting) {
                int end = e.phrase().match(s, i);
                if (end > i && e.value().equals("before") && s.tags()[i].startsWith("V")) {
                    Entry verb = new Entry(e.phrase(), STATEMENT, e.location());
                    return draft(document, paragraph, si, s, verb, i, end, mentions, speaker);
                }
            }
        }
        return null;
    }

    /**
     * Restatements: within a document, events with the same source, target, code and polarity form a
     * group; sorted by weight (strongest first, then text order) the n-th counts 1/n. The
     * total of a group is therefore independent of the order of paragraphs.
     */
    private static void finish(List<Draft> drafts, List<CodedEvent> events, Map<String, StanceEstimate> stances) {
        Map<String, List<Draft>> groups = new LinkedHashMap<>();
        for (Draft d : drafts) {
            groups.computeIfAbsent(d.source + "|" + d.target + "|" + d.cameo + "|" + d.negated, k -> new ArrayList<>()).add(d);
        }
        for (List<Draft> group : groups.values()) {
            List<Draft> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparingDouble((Draft d) -> -Math.abs(d.multiplier)));
            for (int n = 2; n <= sorted.size(); n++) {
                Draft d = sorted.get(n - 1);
                d.multiplier /= n;
                d.modality.add("restatement #" + n + " x1/" + n);
            }
        }
        for (Draft d : drafts) {
            List<String> cueLabels = new ArrayList<>();
            List<String> actingTogether = new ArrayList<>(d.partners);
            actingTogether.add(0, d.source);
            boolean withUs = actingTogether.contains(Actors.USA);
            List<String> targets = new ArrayList<>(d.otherTargets);
            targets.add(0, d.target);
            boolean fromUsCamp = Actors.USA.equals(d.source) || Actors.isTreatyAlly(d.source);
            for (Cue cue : CUES.getOrDefault(d.cameo, List.of())) {
                List<String> actors = switch (cue.role()) {
                    case "source" -> actingTogether;
                    case "target" -> targets;
                    case "target-ally" -> fromUsCamp ? targets.stream().filter(Actors::isTreatyAlly).toList() : List.of();
                    case "partner-ally" -> withUs ? actingTogether.stream().filter(Actors::isTreatyAlly).toList() : List.of();
                    default -> throw new IllegalStateException("unknown cue role " + cue.role());
                };
                double weight = cue.weight() * d.multiplier * (d.negated ? -cue.sign() : cue.sign());
                for (String actor : actors) {
                    if (actor.isEmpty() || weight == 0.0 || (cue.dimension() == Dimension.AL && !Actors.isTreatyAlly(actor))) {
                        continue;
                    }
                    addCue(stances, actor, cue.dimension(), weight);
                    if (Actors.isTreatyAlly(actor) && !Actors.ALLIES.equals(actor)) {
                        addCue(stances, Actors.ALLIES, cue.dimension(), weight);
                    }
                    cueLabels.add(String.format(Locale.ROOT, "%s.%s%+.2f", actor, cue.dimension(), weight));
                }
            }
            // A joint act is one event per member of the compound subject and per target of a
            // compound object; the cues above count once.
            for (String actor : actingTogether) {
                for (String target : targets) {
                    events.add(new CodedEvent(d.document, d.paragraph, d.sentence, d.start, d.end, d.text, d.speaker,
                            d.attribution, actor, target, d.cameo, goldstein(d.cameo), d.pattern, d.multiplier,
                            d.modality, cueLabels));
                }
            }
        }
    }

    /** An event before restatements are counted and cues assigned. */
    private static final class Draft {
        String document;
        int paragraph;
        int sentence;
        int start;
        int end;
        /** The first token of the matched phrase in its sentence. */
        int token;
        String text;
        String speaker;
        String attribution;
        String source;
        String target;
        String cameo;
        String pattern;
        double multiplier;
        boolean negated;
        List<String> modality;
        List<String> partners;
        /** Further targets of a compound object, after {@link #target}. */
        List<String> otherTargets;
    }

    /**
     * The actor a paragraph's attribution label names ("UK Ministry of Defence", "Chinese
     * Foreign Ministry"), by the same dictionaries as mentions in the text: the longest actor
     * phrase, else a nationality adjective followed by an agent noun.
     */
    private String attributionActor(String attribution) {
        if (attribution.isEmpty()) {
            return "";
        }
        String lower = " " + attribution.toLowerCase(Locale.ROOT) + " ";
        for (Entry e : actors) {
            if (!e.value().startsWith("@") && lower.contains(" " + e.lower() + " ")) {
                return e.value();
            }
        }
        for (Entry nationality : nationalities) {
            String key = " " + nationality.phrase() + " ";
            for (int at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
                // An agent noun of one or more words right after the adjective.
                String[] words = lower.substring(at + key.length()).trim().split(" ");
                StringBuilder noun = new StringBuilder();
                for (int k = 0; k < Math.min(words.length, agentNounWords); k++) {
                    noun.append(k == 0 ? "" : " ").append(words[k]);
                    if (agentNounText.contains(noun.toString())) {
                        return nationality.value();
                    }
                }
            }
        }
        return "";
    }

    /**
     * Actor mentions, longest dictionary match first. {@code @speaker} phrases ("the ministry")
     * name the given speaker, {@code @pair} phrases ("the two sides") the two most recent
     * actors of the document as a compound actor. A nationality adjective of {@code agents.tsv}
     * names its country when an agent noun follows ("Russian diplomats", "British Defence
     * Secretary"), also through a coordination ("Russian and Chinese diplomats": two mentions
     * joined by "and", hence a compound subject).
     */
    private List<Mention> mentions(EnglishNlp.Sentence s, String lastSpeaker) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < s.tokens().length) {
            Mention found = title(s, i);
            int[] end = new int[1];
            Entry e = found != null ? null : firstActor(s, i, end);
            if (e != null && e.location().startsWith(STATES) && partOfPersonsName(s, i, end[0])) {
                e = null; // "Rep. Jim Jordan", "Chad Anderson": a person's name, not the state
            }
            if (e != null && Character.isUpperCase(s.tokens()[i].charAt(0)) && insideOtherName(s, i)) {
                e = null; // "Air China", "the Bank of China", "the Sea of Japan": another name
            }
            if (e != null) {
                String code = switch (e.value()) {
                    case SPEAKER -> lastSpeaker;
                    case PAIR -> recent.size() < 2 ? ""
                            : recent.get(recent.size() - 1) + JOINT + recent.get(recent.size() - 2);
                    default -> e.value();
                };
                found = new Mention(i, end[0], code);
                if (e.location().startsWith(PERSONS) && !code.isEmpty()) {
                    learnSurname(s, firstNameWord(s, i, end[0]), end[0] - 1, code);
                }
            }
            if (found == null) {
                found = nationalAgent(s, i);
                if (found != null) {
                    found = withName(s, found);
                }
            }
            if (found == null && s.tags()[i].equals("PROPN") && surnames.containsKey(s.tokens()[i])) {
                found = new Mention(i, i + 1, surnames.get(s.tokens()[i]));
            }
            if (found != null && !found.code().isEmpty()) {
                mentions.add(found);
            }
            i = found == null ? i + 1 : found.end();
        }
        return mentions;
    }

    /**
     * Whether a state's name at tokens {@code [from, to)} is part of a person's name: a proper
     * noun stands right before it, or right after it and not as the start of a title ("Jim
     * Jordan", "Chad Anderson"; but "New Zealand Prime Minister" names the state).
     */
    private boolean partOfPersonsName(EnglishNlp.Sentence s, int from, int to) {
        boolean before = from > 0 && s.tags()[from - 1].equals("PROPN") && Character.isUpperCase(s.tokens()[from - 1].charAt(0));
        boolean after = to < s.tokens().length && s.tags()[to].equals("PROPN") && !startsAgentNoun(s, to);
        return before || after;
    }

    /**
     * Whether an actor's capitalised name at token {@code from} is part of another proper name: a
     * proper noun that is no title, day or month stands right before it ("Air China", "Rep. Jim
     * Jordan"; but "President Putin", "On Tuesday Russia"), or a place's or institution's head
     * and "of" ("the Sea of Japan"; but "Foreign Minister Wang of China").
     */
    private boolean insideOtherName(EnglishNlp.Sentence s, int from) {
        if (from >= 2 && s.lower()[from - 1].equals("of") && NAME_HEADS.contains(s.lower()[from - 2])
                && Character.isUpperCase(s.tokens()[from - 2].charAt(0))) {
            return true; // "the Sea of Japan", "the Bank of China", "the University of Tokyo"
        }
        int before = from - 1;
        if (before < 0 || !s.tags()[before].equals("PROPN") || !Character.isUpperCase(s.tokens()[before].charAt(0))
                || CALENDAR.contains(s.lower()[before])) {
            return false;
        }
        return !agentNounText.contains(s.lower()[before]) && !agentNounText.contains(s.lemmas()[before]);
    }

    /** Heads of place and institution names before "of" and a state's name ("the Sea of Japan"). */
    private static final Set<String> NAME_HEADS = Set.of("sea", "gulf", "bay", "strait", "straits", "ocean", "island",
            "islands", "bank", "university", "institute", "academy", "college", "museum", "port", "province", "city");

    /** Names of days and months, proper nouns that are no part of a name after them ("On Tuesday Russia said"). */
    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");

    private boolean startsAgentNoun(EnglishNlp.Sentence s, int i) {
        for (Entry agent : agentNouns) {
            if (agent.phrase().match(s, i) > i) {
                return true;
            }
        }
        return false;
    }

    /** The first actor entry, longest first, that matches at token {@code i}; its end in {@code end[0]}. */
    private Entry firstActor(EnglishNlp.Sentence s, int i, int[] end) {
        for (int p : actorIndex.candidates(keys(s, i))) {
            int at = actors.get(p).phrase().match(s, i);
            if (at > i) {
                end[0] = at;
                return actors.get(p);
            }
        }
        return null;
    }

    /** The sentence whose index keys {@link #sentenceKeys} holds, computed once per sentence. */
    private EnglishNlp.Sentence keyed;
    private String[][] sentenceKeys;

    /** The {@link PhraseIndex#keys} of token {@code i}, shared by the actor, nationality and pattern indexes. */
    private String[] keys(EnglishNlp.Sentence s, int i) {
        if (s != keyed) {
            keyed = s;
            sentenceKeys = new String[s.tokens().length][];
        }
        if (sentenceKeys[i] == null) {
            sentenceKeys[i] = PhraseIndex.keys(s, i);
        }
        return sentenceKeys[i];
    }

    /** The most words of a title looked up after "the". */
    private static final int TITLE_WORDS = 3;

    /**
     * "The" and a title the document has given with a nationality ("the minister" after "Russian
     * Foreign Minister Sergei Ivanov"): a mention of that state, the longest title first; null
     * if none.
     */
    private Mention title(EnglishNlp.Sentence s, int i) {
        if (titles.isEmpty() || !s.lower()[i].equals("the")) {
            return null;
        }
        for (int words = Math.min(TITLE_WORDS, s.tokens().length - i - 1); words >= 1; words--) {
            String code = titles.get(String.join(" ", java.util.Arrays.copyOfRange(s.lower(), i + 1, i + 1 + words)));
            if (code != null && (i + 1 + words == s.tokens().length || !s.tags()[i + 1 + words].equals("NOUN"))) {
                return new Mention(i, i + 1 + words, code);
            }
        }
        return null;
    }

    /**
     * A title's mention followed by a name ("Russian Foreign Minister | Sergei Lavrov"): the mention
     * extended over the name's proper nouns, whose last word is kept as a surname for the rest of
     * the document.
     */
    private Mention withName(EnglishNlp.Sentence s, Mention title) {
        int end = title.end();
        while (end < s.tokens().length && s.tags()[end].equals("PROPN") && Character.isUpperCase(s.tokens()[end].charAt(0))
                && !CALENDAR.contains(s.lower()[end])) {
            end++;
        }
        if (end == title.end()) {
            return title;
        }
        learnSurname(s, title.end(), end - 1, title.code());
        return new Mention(title.start(), end, title.code());
    }

    /** States whose people's names put the family name first ("Xi Jinping", "Moon Jae-in"). */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "KOR", "PRK", "VNM");

    /**
     * Keeps a person's surname, from the name at tokens {@code [first, last]}: its last word, and
     * for names that put the family name first its first word too ("Xi" of "Xi Jinping").
     */
    private void learnSurname(EnglishNlp.Sentence s, int first, int last, String code) {
        surnames.put(s.tokens()[last], code);
        if (FAMILY_NAME_FIRST.contains(code) && first < last) {
            surnames.put(s.tokens()[first], code);
        }
    }

    /** The first word of the person's own name in a matched phrase: after any title words. */
    private int firstNameWord(EnglishNlp.Sentence s, int from, int to) {
        int first = from;
        while (first < to - 1 && (agentNounText.contains(s.lower()[first]) || isNationality(s, first))) {
            first++;
        }
        return first;
    }

    private boolean isNationality(EnglishNlp.Sentence s, int i) {
        for (int n : nationalityIndex.candidates(keys(s, i))) {
            if (nationalities.get(n).phrase().match(s, i) > i) {
                return true;
            }
        }
        return false;
    }

    /**
     * A nationality adjective at token {@code i} followed by an agent noun, directly or after
     * "and" and further nationality adjectives: a mention of the adjective's country, ending after
     * the agent noun if it follows directly, else after the adjective. Null if none.
     */
    /** Words that may stand between a nationality adjective and its agent noun. */
    private static final int MODIFIERS = 2;

    /** Whether a token can modify an agent noun: a word tagged as an adjective, a noun or a proper noun. */
    private static boolean modifier(EnglishNlp.Sentence s, int i) {
        return i < s.tokens().length && s.tokens()[i].chars().allMatch(Character::isLetter)
                && Set.of("ADJ", "NOUN", "PROPN").contains(s.tags()[i]);
    }

    private Mention nationalAgent(EnglishNlp.Sentence s, int i) {
        return nationalAgent(s, i, 0);
    }

    /** The most nationality adjectives coordinated before one agent noun ("Russian and Chinese diplomats"). */
    private static final int MAX_COORDINATED = 4;

    private Mention nationalAgent(EnglishNlp.Sentence s, int i, int depth) {
        for (int n : nationalityIndex.candidates(keys(s, i))) {
            Entry nationality = nationalities.get(n);
            int end = nationality.phrase().match(s, i);
            if (end <= i) {
                continue;
            }
            // The agent noun right after the adjective, or after up to two modifiers ("Russian
            // Deputy Foreign Minister", "Chinese senior military officials").
            for (int gap = 0; gap <= MODIFIERS && (gap == 0 || modifier(s, end + gap - 1)); gap++) {
                for (Entry agent : agentNouns) {
                    int agentEnd = agent.phrase().match(s, end + gap);
                    if (agentEnd > end + gap) {
                        titles.put(String.join(" ", java.util.Arrays.copyOfRange(s.lower(), end + gap, agentEnd)),
                                nationality.value());
                        titles.put(s.lower()[agentEnd - 1], nationality.value());
                        return new Mention(i, agentEnd, nationality.value());
                    }
                }
            }
            if (end + 1 < s.tokens().length && s.lower()[end].equals("and") && depth < MAX_COORDINATED
                    && nationalAgent(s, end + 1, depth + 1) != null) {
                return new Mention(i, end, nationality.value());
            }
        }
        return null;
    }

    /**
     * The speaker a reporting verb or phrase names, or empty. The subject of a reporting verb
     * is the last actor named before it, unless a comma or semicolon separates the two ("Russia
     * destroyed a satellite, the minister said": Russia is inside the reported clause). A passive
     * reporting verb ("was described by the department") takes its by-agent, or names nobody.
     */
    private String reportedSpeaker(EnglishNlp.Sentence s, List<Mention> mentions) {
        for (int i = 0; i < s.tokens().length; i++) {
            for (Entry e : reporting) {
                int end = e.phrase().match(s, i);
                if (end < 0) {
                    continue;
                }
                boolean after = e.value().equals("after");
                if (!after && !s.tags()[i].startsWith("V")) {
                    continue;
                }
                if (!after && isPassive(s, i)) {
                    int agent = byAgent(s, mentions, end);
                    if (agent >= 0) {
                        return mentions.get(agent).code();
                    }
                    continue;
                }
                String speaker = "";
                int inside = -1; // mentions before this token lie in a parenthetical after the speaker
                for (Mention m : mentions) {
                    if (after && m.start() >= end) {
                        return m.code();
                    }
                    if (!after && m.end() <= i && m.start() >= inside) {
                        // "Lavrov, who met the envoy on Monday, said": the parenthetical does not cut the link.
                        int resumes = Clauses.afterParenthetical(s, m.end());
                        if (resumes > 0 && Clauses.onlyVerbGroup(s, resumes, i)) {
                            speaker = m.code();
                            inside = resumes;
                        } else {
                            speaker = crossesClause(s, m.end(), i) ? "" : m.code();
                        }
                    }
                }
                if (!speaker.isEmpty()) {
                    return speaker;
                }
            }
        }
        return "";
    }

    /**
     * Every pattern match, as {start, end, pattern index}: the hand-checked patterns (shipped and a
     * user's) before the CAMEO dictionary's, which only fill the words they leave; within each,
     * longest first, then in text order.
     */
    private List<int[]> patternCandidates(EnglishNlp.Sentence s) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < s.tokens().length; i++) {
            for (int p : patternIndex.candidates(keys(s, i))) {
                int end = patterns.get(p).phrase().match(s, i);
                if (end > i) {
                    candidates.add(new int[] {i, end, p});
                }
            }
        }
        candidates.sort(Comparator.comparing((int[] c) -> patterns.get(c[2]).location().startsWith(CAMEO_VERBS))
                .thenComparingInt(c -> -patterns.get(c[2]).phrase().length())
                .thenComparingInt(c -> c[0]));
        return candidates;
    }

    private static boolean anyTaken(boolean[] taken, int[] match) {
        for (int t = match[0]; t < match[1]; t++) {
            if (taken[t]) {
                return true;
            }
        }
        return false;
    }

    private static void take(boolean[] taken, int[] match) {
        java.util.Arrays.fill(taken, match[0], match[1], true);
    }

    /**
     * An event of the given pattern at tokens {@code [from, to)}, or null if it refers back to an
     * earlier event or has no source.
     */
    private Draft draft(TextDocument document, TextDocument.Paragraph paragraph, int si, EnglishNlp.Sentence s,
                        Entry pattern, int from, int to, List<Mention> mentions, String speaker) {
        int[] match = {from, to};
        String cameo = pattern.value();
        if (!pattern.passive() && isReference(s, match[0])) {
            return null;
        }
        int governing = -1; // the verb a topic noun is the object of
        // A noun that names a topic of diplomacy (talks, a treaty, support) is an act only as the
        // object of a verb ("held talks", "proposed a treaty", "offered support"); after a
        // preposition, as a modifier or as what was said, it is the subject matter ("a basis for
        // negotiations", "treaty obligations", "said talks").
        if (match[1] - match[0] == 1 && s.tags()[match[0]].equals("NOUN") && isTopic(cameo, pattern)) {
            int verb = Clauses.governingVerb(s, match[0]);
            if (verb < 0 || isReportingVerb(s, verb)) {
                return null;
            }
            governing = verb;
        }
        String source = speaker;
        int sourceIndex = -1;
        // "The United States is the biggest threat": the actor a word of criticism or accusation
        // (CAMEO 111, 112) is predicated of is its target; the speaker says it. ("Russia is ready to
        // talk" and "Japan was concerned" stay their subjects' own.)
        String predicated = "";
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int resumes = Clauses.afterParenthetical(s, m.end());
            if (resumes > 0 && resumes <= match[0] && Clauses.onlyVerbGroup(s, resumes, match[0])
                    && !isObject(s, m.start()) && !isVerbObject(s, m.start())) {
                source = m.code(); // "Japan, which co-sponsored the draft, regretted the veto"
                sourceIndex = i;
                break;
            }
            if (m.end() <= match[0] && match[0] - m.end() <= SOURCE_WINDOW && !crossesBoundary(s, m.end(), match[0])
                    && (!isObject(s, m.start()) || isPossessive(s, m.end()))
                    && !isVerbObject(s, m.start()) && !isAccused(s, m, match[0], cameo)) {
                if ((cameo.startsWith("111") || cameo.startsWith("112")) && isPredicated(s, m.end(), match[0])) {
                    predicated = m.code();
                    continue;
                }
                source = m.code();
                sourceIndex = i;
            }
        }
        // Passive voice ("was strongly condemned by the North Atlantic Council", "the draft was
        // tabled by the United States and Japan"): the by-agent acts, with any actors joined to it.
        boolean byAgent = false;
        if (pattern.passive() || isPassive(s, match[0])) {
            int agent = byAgent(s, mentions, match[1]);
            if (agent >= 0) {
                source = mentions.get(agent).code();
                sourceIndex = agent;
                byAgent = true;
            } else if (pattern.passive()) {
                return null; // "the draft was tabled": by whom, the sentence does not say
            }
        }
        // An explicit subject that names no actor the coder knows as its head ("Switzerland
        // abstained", "The draft was rejected", "Critics of China condemned"): the act is not the
        // speaker's, and its actor is not coded.
        if (sourceIndex < 0) {
            int[] subject = Clauses.subject(s, match[0]);
            // An actor inside an explicit subject that holds a title ("Foreign Minister Wang of China
            // criticised"): its own act; not so "Critics of China condemned".
            boolean titled = subject != null && java.util.stream.IntStream.range(subject[0], subject[1])
                    .anyMatch(t -> agentNounText.contains(s.lower()[t]) || agentNounText.contains(s.lemmas()[t]));
            for (int k = 0; titled && k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                if (m.start() >= subject[0] && m.end() <= subject[1] && !m.code().contains(JOINT)) {
                    source = m.code();
                    sourceIndex = k;
                    break;
                }
            }
            if (sourceIndex < 0 && subject != null && !namesPerson(s, subject, mentions)) {
                return null;
            }
        }
        if (source.isEmpty()) {
            return null;
        }
        // A verb of the CAMEO dictionary's synonym lists codes an event only in a dyadic frame: its
        // source named in the clause (not supplied by the speaker) and a target named after it.
        boolean fromDictionary = pattern.location().startsWith(CAMEO_VERBS);
        if (fromDictionary && sourceIndex < 0) {
            return null;
        }
        // A compound actor ("the two sides") acts as its first member with the others as partners.
        List<String> partners = new ArrayList<>();
        if (source.contains(JOINT)) {
            List<String> members = List.of(source.split(Pattern.quote(JOINT)));
            source = members.get(0);
            partners.addAll(members.subList(1, members.size()));
        }
        // Compound subjects ("The United States and Japan jointly tabled"): the actors joined
        // to the source by "and" act with it.
        // The link next to the source must be "and" ("Russia, China and Iran said"); a comma alone
        // joins nothing ("Unlike Russia, Japan condemned").
        for (int i = sourceIndex; i > 0; i--) {
            Mention before = mentions.get(i - 1);
            Mention after = mentions.get(i);
            String link = after.start() - before.end() == 1 ? s.lower()[before.end()] : "";
            if (!(link.equals("and") || link.equals(",") && i < sourceIndex)
                    || before.start() > 0 && s.tags()[before.start() - 1].equals("ADP")) {
                break; // "Unlike Russia, Japan and China condemned": Russia is the preposition's
            }
            if (!before.code().equals(source) && !partners.contains(before.code())) {
                partners.add(before.code());
            }
        }
        for (int i = sourceIndex + 1; byAgent && i < mentions.size(); i++) {
            Mention before = mentions.get(i - 1);
            Mention after = mentions.get(i);
            if (after.start() - before.end() != 1 || !Set.of("and", ",").contains(s.lower()[before.end()])) {
                break;
            }
            if (!after.code().equals(source) && !partners.contains(after.code())) {
                partners.add(after.code());
            }
        }
        String target = "";
        List<String> otherTargets = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            // A compound actor ("the two sides") acts; it is not taken as a target.
            if (m.start() >= match[1] - 1 && !m.code().equals(source) && !partners.contains(m.code())
                    && !m.code().contains(JOINT) && target.isEmpty() && !isPlace(s, m.start())
                    && !crossesClause(s, match[1], m.start())) {
                target = m.code();
                // A compound object ("condemned Russia and China", "Russia, China and Iran"): each
                // actor joined to the target, up to the list's "and" or "or"; a comma alone joins
                // nothing ("criticized Russia, the ministry said").
                int last = i;
                for (int j = i + 1; j < mentions.size() && joined(s, mentions.get(j - 1), mentions.get(j)); j++) {
                    if (!s.lower()[mentions.get(j - 1).end()].equals(",") || s.lower()[mentions.get(j).start() - 1].matches("and|or")
                            || s.lower()[mentions.get(j - 1).end() + 1].matches("and|or")) {
                        last = j;
                    }
                }
                for (int j = i + 1; j <= last; j++) {
                    String also = mentions.get(j).code();
                    if (!also.equals(source) && !also.equals(target) && !also.contains(JOINT)
                            && !otherTargets.contains(also)) {
                        otherTargets.add(also);
                    }
                }
            }
        }
        if (target.isEmpty() && !predicated.isEmpty() && !predicated.equals(source)) {
            target = predicated;
        }
        if (target.isEmpty()) {
            // "coordination with international partners to establish rules": a partner named as
            // the object of "with" earlier in the clause takes part in the event.
            for (Mention m : mentions) {
                if (m.end() <= match[0] && !m.code().equals(source) && isWithObject(s, m.start())
                        && !crossesClause(s, m.end(), match[0])) {
                    target = m.code();
                }
            }
        }
        if (fromDictionary && target.isEmpty()) {
            return null;
        }
        List<String> modality = new ArrayList<>();
        double multiplier = 1.0;
        boolean negated = false;
        // A pattern that contains its negation ("not pose * threat", a denial) is not negated again.
        boolean negationInPattern = pattern.phrase().words().stream().anyMatch(NEGATIONS::contains);
        // "expressed no confidence": a negation in the words a pattern's gap skipped counts too.
        boolean hasGap = pattern.phrase().words().contains("*");
        for (int t = Math.max(0, match[0] - MODALITY_WINDOW); t < match[1]; t++) {
            if (HEDGES.contains(s.lemmas()[t]) && !s.tags()[t].equals("PROPN") && multiplier == 1.0) {
                multiplier *= 0.5;
                modality.add("hedge '" + s.tokens()[t] + "' x0.5");
            }
            if ((NEGATIONS.contains(s.lower()[t]) || NEGATIONS.contains(s.lemmas()[t])) && t >= match[0] - 3
                    && (t < match[0] && !crossesClause(s, t, match[0]) || t > match[0] && hasGap)
                    && !negated && !negationInPattern) {
                negated = true;
                modality.add("negation '" + s.tokens()[t] + "'");
            }
        }
        // A topic noun takes the negation of the verb it is the object of ("would not take part in
        // the negotiations", "refused to hold talks").
        for (int t = Math.max(0, governing - 3); governing >= 0 && t < governing && !negated && !negationInPattern; t++) {
            if (NEGATIONS.contains(s.lower()[t]) || NEGATIONS.contains(s.lemmas()[t])) {
                negated = true;
                modality.add("negation '" + s.tokens()[t] + "' of '" + s.tokens()[governing] + "'");
            }
        }
        String sentence = String.join(" ", s.lower());
        if (sentence.contains("without precondition")) {
            multiplier *= 2.0;
            modality.add("commitment 'without preconditions' x2");
        }
        if (!source.equals(speaker) && !speaker.isEmpty()) {
            // "The minister said the United States should respect the treaty": what the speaker says
            // another actor should do is the speaker's appeal to it (CAMEO 020), not that actor's act.
            for (int t = Math.max(0, match[0] - MODALITY_WINDOW); t < match[0]; t++) {
                if (DEONTIC.contains(s.lower()[t]) && !crossesClause(s, t, match[0])) {
                    target = source;
                    otherTargets = new ArrayList<>();
                    source = speaker;
                    partners = new ArrayList<>();
                    cameo = APPEAL;
                    pattern = new Entry(pattern.phrase(), APPEAL, pattern.location() + " (appeal: '" + s.tokens()[t]
                            + "')");
                    modality.add("appeal: " + speaker + " says what " + target + " '" + s.tokens()[t] + "' do");
                    break;
                }
            }
        }
        if (!source.equals(speaker) && !speaker.isEmpty()) {
            for (int t = Math.max(0, match[0] - MODALITY_WINDOW); t < match[1]; t++) {
                if (MODALS.contains(s.lemmas()[t]) && !s.tags()[t].equals("PROPN")) {
                    multiplier = 0.0;
                    modality.add("expectation: " + speaker + " reports what " + source + " '" + s.tokens()[t]
                            + "' do, x0");
                    break;
                }
            }
        }
        Double reported = attributionWeights.get(paragraph.attribution().toLowerCase(Locale.ROOT));
        if (reported != null && reported != 1.0) {
            multiplier *= reported;
            modality.add("reported via " + paragraph.attribution() + " x" + reported);
        }
        Draft d = new Draft();
        d.document = document.name();
        d.paragraph = paragraph.number();
        d.sentence = si + 1;
        d.token = match[0];
        d.start = s.tokenSpans()[match[0]].getStart();
        d.end = s.tokenSpans()[match[1] - 1].getEnd();
        d.text = paragraph.text().substring(d.start, d.end);
        d.speaker = speaker;
        d.attribution = paragraph.attribution();
        d.source = source;
        d.target = target;
        d.otherTargets = otherTargets;
        d.cameo = cameo;
        d.pattern = pattern.location();
        d.multiplier = multiplier;
        d.negated = negated;
        d.modality = modality;
        d.partners = partners;
        return d;
    }

    /**
     * Whether a subject that names no coded actor may name a person or office of one, whose
     * actor the speaker or the attribution supplies ("Press secretary Dana Perino said", "the
     * spokesman warned"): it holds a proper name that is not a state's, or an agent noun. A
     * state the coder does not code ("Switzerland abstained") or a thing or group ("The draft was
     * rejected", "Such actions threaten") is not the speaker.
     */
    private boolean namesPerson(EnglishNlp.Sentence s, int[] span, List<Mention> mentions) {
        int from = span[0];
        while (from < span[1] && s.tags()[from].equals("DET")) {
            from++;
        }
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(s.tokens(), from, span[1]));
        if (Actors.stateNamed(phrase).isPresent()) {
            return false;
        }
        for (int t = from; t < span[1]; t++) {
            int token = t;
            boolean inMention = mentions.stream().anyMatch(m -> m.start() <= token && token < m.end());
            if (s.tags()[t].equals("PROPN") && !inMention || agentNounText.contains(s.lower()[t])
                    || agentNounText.contains(s.lemmas()[t])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a noun pattern names a topic rather than an act of speech: cooperation and
     * negotiation (CAMEO 03-05: talks, a treaty, an exchange, support). Evaluative nouns
     * ("propaganda", "hypocrisy", "concern") are themselves what a speaker says.
     */
    private static boolean isTopic(String cameo, Entry pattern) {
        return cameo.startsWith("03") || cameo.startsWith("04") || cameo.startsWith("05");
    }

    /** Whether token {@code i} begins a reporting verb of {@code reporting.tsv} ("said", "stressed"). */
    private boolean isReportingVerb(EnglishNlp.Sentence s, int i) {
        for (Entry e : reporting) {
            if (!e.value().equals("after") && e.phrase().match(s, i) > i) {
                return true;
            }
        }
        return false;
    }

    private static void addCue(Map<String, StanceEstimate> stances, String actor, Dimension d, double weight) {
        stances.computeIfAbsent(actor, a -> new StanceEstimate()).add(d, weight);
    }

    private static boolean crossesBoundary(EnglishNlp.Sentence s, int from, int to) {
        for (int t = from; t < to; t++) {
            if (BOUNDARIES.contains(s.lower()[t])) {
                return true;
            }
        }
        return false;
    }

    private static boolean crossesClause(EnglishNlp.Sentence s, int from, int to) {
        for (int t = from; t < to; t++) {
            if (s.lower()[t].equals(",") || s.lower()[t].equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention is followed by a possessive ("the United States' intention"): the owner acts. */
    private static boolean isPossessive(EnglishNlp.Sentence s, int end) {
        String last = s.lower()[end - 1];
        return last.endsWith("'") || last.endsWith("'s")
                || end < s.tokens().length && (s.lower()[end].equals("'s") || s.lower()[end].equals("'"));
    }

    /**
     * A noun with a definite determiner ("denied the accusation", "regretted the veto")
     * refers back to an event already reported, usually by someone else: not a new event.
     */
    private static boolean isReference(EnglishNlp.Sentence s, int start) {
        return start > 0 && s.tags()[start].equals("NOUN")
                && Set.of("the", "this", "that", "these", "those").contains(s.lower()[start - 1]);
    }

    /** Whether the verb at token {@code i} is passive: a form of "be", perhaps with an adverb, before it. */
    private static boolean isPassive(EnglishNlp.Sentence s, int i) {
        int t = i - 1;
        while (t >= 0 && (s.tags()[t].equals("ADV") || s.tags()[t].equals("CCONJ") && t > 0 && s.tags()[t - 1].equals("ADV"))) {
            t--; // "was strongly and repeatedly condemned"
        }
        return t >= 0 && BE.contains(s.lower()[t]);
    }

    /** The index of the mention that is the by-agent of a passive verb ending at token {@code end}, or -1. */
    private static int byAgent(EnglishNlp.Sentence s, List<Mention> mentions, int end) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int by = m.start() - 1;
            if (by > 0 && s.tags()[by].equals("DET")) {
                by--; // "by the White House"
            }
            if (m.start() >= end && by >= end && by - end < AGENT_WINDOW && s.lower()[by].equals("by")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether two mentions are joined by "and", "or" or a comma, perhaps with a determiner after
     * it ("Russia and China", "Russia, China", "the United States and its NATO allies").
     */
    private static boolean joined(EnglishNlp.Sentence s, Mention before, Mention after) {
        int t = before.end();
        if (t < after.start() && s.lower()[t].equals(",")) {
            t++;
        }
        if (t < after.start() && Set.of("and", "or").contains(s.lower()[t])) {
            t++;
        }
        if (t == before.end()) {
            return false;
        }
        if (t < after.start() && (s.tags()[t].equals("DET") || s.tags()[t].equals("PRON"))) {
            t++;
        }
        return t == after.start();
    }

    /**
     * Whether an evaluative noun or adjective at token {@code at} is predicated of what ends at
     * {@code end} through a form of "be" between them ("Russia | is | a threat", "the test was
     * irresponsible").
     */
    private static boolean isPredicated(EnglishNlp.Sentence s, int end, int at) {
        if (!s.tags()[at].equals("NOUN") && !s.tags()[at].equals("ADJ")) {
            return false;
        }
        for (int t = end; t < at; t++) {
            if (s.tags()[t].equals("AUX") && s.lemmas()[t].equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention directly follows a verb other than a reporting verb: its object ("hold Russia accountable"). */
    private boolean isVerbObject(EnglishNlp.Sentence s, int start) {
        if (start == 0 || !s.tags()[start - 1].equals("VERB") || isReportingVerb(s, start - 1)) {
            return false;
        }
        // "believes China threatened Japan": a mention before a verb is its clause's subject.
        int end = start + 1;
        while (end < s.tokens().length && s.tags()[end].equals("PROPN")) {
            end++;
        }
        return end >= s.tokens().length || !s.tags()[end].equals("VERB") && !s.tags()[end].equals("AUX");
    }

    /**
     * Whether a possessive mention right before an accusation or criticism is its object, not its
     * source ("Russia's violations", "China's reckless test"): disapproval (CAMEO 11) of the
     * possessor's act.
     */
    private static boolean isAccused(EnglishNlp.Sentence s, Mention m, int at, String cameo) {
        if (!cameo.startsWith("11") || !isPossessive(s, m.end())) {
            return false;
        }
        int t = m.end();
        if (t < s.tokens().length && (s.lower()[t].equals("'s") || s.lower()[t].equals("'"))) {
            t++;
        }
        while (t < at && s.tags()[t].equals("ADJ")) {
            t++;
        }
        return t == at;
    }

    /** Whether a mention is a place: after "in" ("talks in Geneva"); "fired at Japan" aims at an actor. */
    private static boolean isPlace(EnglishNlp.Sentence s, int start) {
        return start > 0 && s.lower()[start - 1].equals("in");
    }

    private static boolean isWithObject(EnglishNlp.Sentence s, int start) {
        return start > 0 && s.lower()[start - 1].equals("with");
    }

    /** Whether a mention is the object of a preposition ("with Moscow"), hence not a subject. */
    private static boolean isObject(EnglishNlp.Sentence s, int start) {
        return start > 0 && Set.of("with", "between", "to", "from", "on", "of", "by", "before", "in", "at")
                .contains(s.lower()[start - 1]);
    }
}
