package org.detente.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases indexed by their first word, so that finding which phrases may start at a token
 * looks up a few keys instead of trying every phrase: the key of a phrase is its first word
 * (without {@code /verb}); the keys of a token are every form {@link Phrase} may match it on
 * (as written, lower case, lemma, without a possessive, in American spelling, and each base form
 * it may be a regular inflection of). A lookup returns a superset of the phrases that match at
 * the token, in their list order, so matching them gives what trying every phrase would.
 */
final class PhraseIndex {

    private final Map<String, int[]> byFirstWord;
    /** Phrases whose first word is a gap ({@code *}): tried at every token. */
    private final int[] anywhere;

    PhraseIndex(List<Phrase> phrases) {
        Map<String, List<Integer>> lists = new HashMap<>();
        List<Integer> gaps = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            String first = phrases.get(p).words().get(0);
            if (first.equals("*")) {
                gaps.add(p);
            } else {
                lists.computeIfAbsent(Phrase.withoutVerbMark(first), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        lists.forEach((word, ps) -> index.put(word, ps.stream().mapToInt(Integer::intValue).toArray()));
        byFirstWord = Map.copyOf(index);
        anywhere = gaps.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The indexes of the phrases that may match at token {@code i}, ascending. */
    int[] candidates(EnglishNlp.Sentence s, int i) {
        return candidates(keys(s, i));
    }

    /** The indexes of the phrases that may match a token with these {@link #keys}, ascending. */
    int[] candidates(String[] keys) {
        int[] found = anywhere;
        int n = anywhere.length;
        for (String key : keys) {
            int[] ps = byFirstWord.get(key);
            if (ps != null) {
                found = Arrays.copyOf(found, n + ps.length);
                System.arraycopy(ps, 0, found, n, ps.length);
                n += ps.length;
            }
        }
        int[] result = Arrays.copyOf(found, n);
        Arrays.sort(result);
        return result;
    }

    /**
     * Every form a phrase's first word may match token {@code i} on, without repeats: the token as
     * written, its {@link Phrase#forms}, their {@link Phrase#baseForms} and its lemma. They depend on
     * the token only, so one sentence's keys serve every index.
     */
    static String[] keys(EnglishNlp.Sentence s, int i) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(s.tokens()[i]);
        for (String form : Phrase.forms(s.lower()[i])) {
            keys.add(form);
            keys.addAll(Phrase.baseForms(form));
        }
        keys.add(s.lemmas()[i]);
        return keys.toArray(new String[0]);
    }
}
