package org.detente.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.detente.scenario.Actors;
import org.detente.scenario.Dimension;

/**
 * Codes news text into events and actor stances ({@code docs/stance-coding.md}).
 *
 * <p>Per sentence: actor mentions (longest dictionary match; anaphora resolve to the last
 * speaker), the speaker (subject of a reporting verb, else carried over), event patterns
 * (longest non-overlapping matches), each event's source (an actor named just before the
 * phrase, else the speaker) and target (the next other actor named after it), modality,
 * and the cues of the event-to-cue table. Cues aggregate per actor and dimension by the
 * rule of {@link StanceEstimate}.
 *
 * <p>Restatements: see {@link #finish}. Not thread-safe: one coder per thread.
 */
public final class StanceCoder {

    static final String SPEAKER = "@speaker";
    private static final int SOURCE_WINDOW = 4;
    private static final int MODALITY_WINDOW = 4;
    private static final Set<String> HEDGES = Set.of("potential", "potentially", "would", "could", "might", "may",
            "likely", "consider", "possible", "possibly", "perhaps");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "likely", "expect");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "neither", "nor", "refuse",
            "decline");
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", ".", "with", "between");

    private record Entry(Phrase phrase, String value, String location) {
    }

    private record Cue(String role, Dimension dimension, int sign, double weight) {
    }

    private record Mention(int start, int end, String code) {
    }

    private static final List<Entry> ACTORS = entries("actors.tsv");
    private static final List<Entry> PATTERNS = entries("patterns.tsv");
    private static final List<Entry> REPORTING = entries("reporting.tsv");
    private static final Map<String, List<Cue>> CUES = cues();
    private static final Map<String, Double> GOLDSTEIN = goldstein();

    private final EnglishNlp nlp = new EnglishNlp();
    /** Sentences the last call of {@link #code(List, Map)} analysed. */
    private long sentences;
    private Map<String, Double> attributionWeights = Map.of();

    private static List<Entry> entries(String resource) {
        List<Entry> entries = new ArrayList<>();
        for (Resources.Row row : Resources.read(resource, 3)) {
            entries.add(new Entry(Phrase.of(row.fields()[0]), row.fields()[1], row.location() + " " + row.fields()[0]));
        }
        entries.sort(Comparator.comparingInt((Entry e) -> -e.phrase().length()));
        return List.copyOf(entries);
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
        EnglishNlp.Sentence[][] analysed = nlp.analyseAll(document.paragraphs().stream()
                .map(TextDocument.Paragraph::text).toList());
        int index = 0;
        for (TextDocument.Paragraph paragraph : document.paragraphs()) {
            String attributed = attributionActor(paragraph.attribution());
            boolean speakerInParagraph = false;
            EnglishNlp.Sentence[] sentences = analysed[index++];
            this.sentences += sentences.length;
            for (int si = 0; si < sentences.length; si++) {
                EnglishNlp.Sentence s = sentences[si];
                List<Mention> mentions = mentions(s, lastSpeaker);
                String speaker = reportedSpeaker(s, mentions);
                if (speaker.isEmpty()) {
                    if (speakerInParagraph || lastSpeaker.isEmpty() && attributed.isEmpty()) {
                        speaker = speakerInParagraph ? lastSpeaker : mentions.isEmpty() ? "" : mentions.get(0).code();
                    } else if (!attributed.isEmpty()) {
                        speaker = attributed;
                    } else {
                        speaker = mentions.isEmpty() ? lastSpeaker : mentions.get(0).code();
                    }
                }
                if (!speaker.isEmpty()) {
                    lastSpeaker = speaker;
                    speakerInParagraph = true;
                }
                for (int[] match : patternMatches(s)) {
                    Draft draft = draft(document, paragraph, si, s, match, mentions, speaker);
                    if (draft != null) {
                        drafts.add(draft);
                    }
                }
            }
        }
        finish(drafts, events, stances);
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
            for (Cue cue : CUES.getOrDefault(d.cameo, List.of())) {
                List<String> actors = switch (cue.role()) {
                    case "source" -> actingTogether;
                    case "target" -> List.of(d.target);
                    case "target-ally" -> Actors.isAlly(d.target) && (Actors.USA.equals(d.source) || Actors.isAlly(d.source))
                            ? List.of(d.target) : List.of();
                    case "partner-ally" -> withUs ? actingTogether.stream().filter(Actors::isAlly).toList() : List.of();
                    default -> throw new IllegalStateException("unknown cue role " + cue.role());
                };
                double weight = cue.weight() * d.multiplier * (d.negated ? -cue.sign() : cue.sign());
                for (String actor : actors) {
                    if (actor.isEmpty() || weight == 0.0 || (cue.dimension() == Dimension.AL && !Actors.isAlly(actor))) {
                        continue;
                    }
                    addCue(stances, actor, cue.dimension(), weight);
                    if (Actors.NAMED_ALLIES.contains(actor)) {
                        addCue(stances, Actors.ALLIES, cue.dimension(), weight);
                    }
                    cueLabels.add(String.format(Locale.ROOT, "%s.%s%+.2f", actor, cue.dimension(), weight));
                }
            }
            events.add(new CodedEvent(d.document, d.paragraph, d.sentence, d.start, d.end, d.text, d.speaker,
                    d.attribution, String.join("+", actingTogether), d.target, d.cameo, goldstein(d.cameo), d.pattern, d.multiplier,
                    d.modality, cueLabels));
        }
    }

    /** An event before restatements are counted and cues assigned. */
    private static final class Draft {
        String document;
        int paragraph;
        int sentence;
        int start;
        int end;
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
    }

    private static String attributionActor(String attribution) {
        if (attribution.isEmpty()) {
            return "";
        }
        String lower = " " + attribution.toLowerCase(Locale.ROOT) + " ";
        for (Entry e : ACTORS) {
            if (!e.value().equals(SPEAKER) && lower.contains(" " + e.phrase().toString().toLowerCase(Locale.ROOT) + " ")) {
                return e.value();
            }
        }
        return "";
    }

    private static List<Mention> mentions(EnglishNlp.Sentence s, String lastSpeaker) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < s.tokens().length) {
            Mention found = null;
            for (Entry e : ACTORS) {
                int end = e.phrase().match(s, i);
                if (end > i) {
                    String code = e.value().equals(SPEAKER) ? lastSpeaker : e.value();
                    found = new Mention(i, end, code);
                    break;
                }
            }
            if (found != null && !found.code().isEmpty()) {
                mentions.add(found);
            }
            i = found == null ? i + 1 : found.end();
        }
        return mentions;
    }

    /** The speaker a reporting verb or phrase names, or empty. */
    private static String reportedSpeaker(EnglishNlp.Sentence s, List<Mention> mentions) {
        for (int i = 0; i < s.tokens().length; i++) {
            for (Entry e : REPORTING) {
                int end = e.phrase().match(s, i);
                if (end < 0) {
                    continue;
                }
                boolean after = e.value().equals("after");
                if (!after && !s.tags()[i].startsWith("V")) {
                    continue;
                }
                String speaker = "";
                for (Mention m : mentions) {
                    if (after && m.start() >= end) {
                        return m.code();
                    }
                    if (!after && m.end() <= i) {
                        speaker = m.code();
                    }
                }
                if (!speaker.isEmpty()) {
                    return speaker;
                }
            }
        }
        return "";
    }

    /** Longest non-overlapping pattern matches, in text order, as {start, end, pattern index}. */
    private static List<int[]> patternMatches(EnglishNlp.Sentence s) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < s.tokens().length; i++) {
            for (int p = 0; p < PATTERNS.size(); p++) {
                int end = PATTERNS.get(p).phrase().match(s, i);
                if (end > i) {
                    candidates.add(new int[] {i, end, p});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((int[] c) -> -PATTERNS.get(c[2]).phrase().length())
                .thenComparingInt(c -> c[0]));
        boolean[] taken = new boolean[s.tokens().length];
        List<int[]> kept = new ArrayList<>();
        for (int[] c : candidates) {
            boolean free = true;
            for (int t = c[0]; t < c[1]; t++) {
                free &= !taken[t];
            }
            if (free) {
                for (int t = c[0]; t < c[1]; t++) {
                    taken[t] = true;
                }
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c[0]));
        return kept;
    }

    private Draft draft(TextDocument document, TextDocument.Paragraph paragraph, int si, EnglishNlp.Sentence s,
                        int[] match, List<Mention> mentions, String speaker) {
        Entry pattern = PATTERNS.get(match[2]);
        String cameo = pattern.value();
        if (isReference(s, match[0])) {
            return null;
        }
        String source = speaker;
        int sourceIndex = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.end() <= match[0] && match[0] - m.end() <= SOURCE_WINDOW && !crossesBoundary(s, m.end(), match[0])
                    && (!isObject(s, m.start()) || isPossessive(s, m.end()))) {
                source = m.code();
                sourceIndex = i;
            }
        }
        if (source.isEmpty()) {
            return null;
        }
        // Compound subjects ("The United States and Japan jointly tabled"): the actors joined
        // to the source by "and" act with it.
        List<String> partners = new ArrayList<>();
        for (int i = sourceIndex; i > 0; i--) {
            Mention before = mentions.get(i - 1);
            Mention after = mentions.get(i);
            if (after.start() - before.end() != 1 || !Set.of("and", ",").contains(s.lower()[before.end()])) {
                break;
            }
            if (!before.code().equals(source) && !partners.contains(before.code())) {
                partners.add(before.code());
            }
        }
        String target = "";
        for (Mention m : mentions) {
            if (m.start() >= match[1] - 1 && !m.code().equals(source) && target.isEmpty()
                    && !crossesClause(s, match[1], m.start())) {
                target = m.code();
            }
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
        List<String> modality = new ArrayList<>();
        double multiplier = 1.0;
        boolean negated = false;
        for (int t = Math.max(0, match[0] - MODALITY_WINDOW); t < match[1]; t++) {
            if (HEDGES.contains(s.lemmas()[t]) && multiplier == 1.0) {
                multiplier *= 0.5;
                modality.add("hedge '" + s.tokens()[t] + "' x0.5");
            }
            if ((NEGATIONS.contains(s.lower()[t]) || NEGATIONS.contains(s.lemmas()[t])) && t >= match[0] - 3 && t < match[0]
                    && !negated) {
                negated = true;
                modality.add("negation '" + s.tokens()[t] + "'");
            }
        }
        String sentence = String.join(" ", s.lower());
        if (sentence.contains("without precondition")) {
            multiplier *= 2.0;
            modality.add("commitment 'without preconditions' x2");
        }
        if (!source.equals(speaker) && !speaker.isEmpty()) {
            for (int t = Math.max(0, match[0] - MODALITY_WINDOW); t < match[1]; t++) {
                if (MODALS.contains(s.lemmas()[t])) {
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
        d.start = s.tokenSpans()[match[0]].getStart();
        d.end = s.tokenSpans()[match[1] - 1].getEnd();
        d.text = paragraph.text().substring(d.start, d.end);
        d.speaker = speaker;
        d.attribution = paragraph.attribution();
        d.source = source;
        d.target = target;
        d.cameo = cameo;
        d.pattern = pattern.location();
        d.multiplier = multiplier;
        d.negated = negated;
        d.modality = modality;
        d.partners = partners;
        return d;
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

    private static boolean isWithObject(EnglishNlp.Sentence s, int start) {
        return start > 0 && s.lower()[start - 1].equals("with");
    }

    /** Whether a mention is the object of a preposition ("with Moscow"), hence not a subject. */
    private static boolean isObject(EnglishNlp.Sentence s, int start) {
        return start > 0 && Set.of("with", "between", "to", "from", "on", "of", "by", "before").contains(s.lower()[start - 1]);
    }
}
