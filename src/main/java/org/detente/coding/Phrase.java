package org.detente.coding;

import java.util.List;
import java.util.Locale;

/**
 * A dictionary phrase: words matched against a sentence's tokens on surface form or lemma
 * (lower case), {@code *} standing for up to three other words. A word written with
 * capitals must match the text's case exactly ({@code US} but not "us"). A word suffixed
 * {@code /verb} matches only a token tagged as a verb ({@code back/verb}: "backed the
 * resolution", not "came back").
 */
record Phrase(List<String> words) {

    static final int MAX_GAP = 3;
    /** The regular inflectional endings {@link #inflects} and {@link #baseForms} know. */
    private static final String[] INFLECTIONS = {"s", "es", "ed", "d", "ing"};
    private static final String VERB_ONLY = "/verb";

    static Phrase of(String text) {
        return new Phrase(List.of(text.trim().split("\\s+")));
    }

    /** The number of words that are not gaps, used to prefer longer phrases. */
    int length() {
        return (int) words.stream().filter(w -> !w.equals("*")).count();
    }

    /** The end (exclusive) of a match starting at token {@code start}, or -1. */
    int match(EnglishNlp.Sentence s, int start) {
        return match(s, start, 0);
    }

    private int match(EnglishNlp.Sentence s, int at, int word) {
        if (word == words.size()) {
            return at;
        }
        String w = words.get(word);
        if (w.equals("*")) {
            for (int skip = 0; skip <= MAX_GAP && at + skip <= s.tokens().length; skip++) {
                int end = match(s, at + skip, word + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= s.tokens().length || !wordMatches(w, s, at)) {
            return -1;
        }
        return match(s, at + 1, word + 1);
    }

    private static boolean wordMatches(String w, EnglishNlp.Sentence s, int i) {
        if (w.endsWith(VERB_ONLY)) {
            return s.tags()[i].startsWith("V") && wordMatches(w.substring(0, w.length() - VERB_ONLY.length()), s, i);
        }
        if (!w.equals(w.toLowerCase(Locale.ROOT))) {
            return s.tokens()[i].equals(w);
        }
        String lower = withoutPossessive(s.lower()[i]);
        if (lower.equals(w) || s.lemmas()[i].equals(w) || inflects(lower, w)) {
            return true;
        }
        String american = lower.indexOf("is", 3) < 0 ? null : americanSpelling(lower);
        return american != null && (american.equals(w) || inflects(american, w));
    }

    private static final java.util.regex.Pattern BRITISH_SUFFIX =
            java.util.regex.Pattern.compile("(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$");

    /**
     * The American spelling of a word with a British -ise ending ("criticised": "criticized",
     * "militarisation": "militarization"), or null if it has none. The dictionaries are written
     * in American spelling, as PETRARCH's are; words that end in -ise in both spellings
     * ("promise", "advise") become forms no dictionary holds, so they still match only as written.
     */
    static String americanSpelling(String word) {
        java.util.regex.Matcher m = BRITISH_SUFFIX.matcher(word);
        return m.find() ? word.substring(0, m.start()) + "iz" + m.group(1) : null;
    }

    /** A dictionary word without its {@code /verb} mark. */
    static String withoutVerbMark(String w) {
        return w.endsWith(VERB_ONLY) ? w.substring(0, w.length() - VERB_ONLY.length()) : w;
    }

    /**
     * The forms a lower-case token is compared on besides its lemma: as written, without a
     * possessive ending, and in American spelling (see {@link #wordMatches}).
     */
    static List<String> forms(String lower) {
        List<String> forms = new java.util.ArrayList<>(3);
        forms.add(lower);
        String bare = withoutPossessive(lower);
        if (!bare.equals(lower)) {
            forms.add(bare);
        }
        String american = americanSpelling(bare);
        if (american != null) {
            forms.add(american);
        }
        return forms;
    }

    private static String withoutPossessive(String lower) {
        if (lower.endsWith("'s") && lower.length() > 2) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.endsWith("'") && lower.length() > 1) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    /**
     * Every base form of which a word may be a regular inflection by {@link #inflects}: the word
     * less a suffix, with an "e" restored, with a doubled consonant undone, or "-ied"/"-ies" as "-y".
     */
    static List<String> baseForms(String word) {
        List<String> bases = new java.util.ArrayList<>();
        for (String suffix : INFLECTIONS) {
            if (word.length() > suffix.length() && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                bases.add(stem);
                bases.add(stem + "e");
                int n = stem.length();
                if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    bases.add(stem.substring(0, n - 1));
                }
            }
        }
        if (word.length() > 3 && (word.endsWith("ied") || word.endsWith("ies"))) {
            bases.add(word.substring(0, word.length() - 3) + "y");
        }
        return bases;
    }

    /**
     * Whether a word is a regular inflection of a base form (veto: vetoes, vetoed, vetoing).
     * The statistical lemmatizer misses rare verbs of the domain; PETRARCH lists such forms
     * by hand, this rule covers the regular ones.
     */
    static boolean inflects(String word, String base) {
        if (word.length() <= base.length() || !word.startsWith(base.substring(0, base.length() - 1))) {
            return false;
        }
        String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
        char last = base.charAt(base.length() - 1);
        for (String suffix : INFLECTIONS) {
            if (word.equals(base + suffix) || word.equals(stem + suffix) || word.equals(base + last + suffix)) {
                return true;
            }
        }
        return base.endsWith("y") && (word.equals(stem.substring(0, stem.length() - 1) + "ied")
                || word.equals(base.substring(0, base.length() - 1) + "ies"));
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
