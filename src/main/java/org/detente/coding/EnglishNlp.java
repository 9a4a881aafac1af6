package org.detente.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, POS tags and lemmas with Apache OpenNLP and its English UD models
 * (opennlp-models-*-en 1.3.0), loaded from the classpath: no network. Not thread-safe;
 * one instance per thread.
 */
final class EnglishNlp {

    private static final String MODELS = "/opennlp-en-ud-ewt-%s-1.3-2.5.4.bin";

    /** The longest whitespace-free chunk handed to the tokenizer's model. */
    static final int LONGEST_CHUNK = 64;

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    /** A tokenised sentence. */
    record Sentence(Span span, String[] tokens, Span[] tokenSpans, String[] lower, String[] lemmas, String[] tags) {
    }

    /** The models, loaded once: OpenNLP's models are thread-safe, its ME classes are not. */
    private static final class Models {
        static final SentenceModel SENTENCE;
        static final TokenizerModel TOKENS;
        static final POSModel POS;
        static final LemmatizerModel LEMMAS;

        static {
            try {
                SENTENCE = new SentenceModel(open("sentence"));
                TOKENS = new TokenizerModel(open("tokens"));
                POS = new POSModel(open("pos"));
                LEMMAS = greedy(new LemmatizerModel(open("lemmas")));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP English models", e);
            }
        }
    }

    /**
     * The lemmatizer with a beam of one: its model predicts each word's lemma from the word,
     * its tag, its affixes and the previous word's prediction, and a beam of three (the model's
     * own setting) made it most of the coder's running time (1 MB on one core: 21 s, now 11 s)
     * while almost never changing a lemma: the shipped texts and the development corpus code to
     * the same bytes, and EnglishNlpTest checks their lemmas against the model's own beam.
     */
    static LemmatizerModel greedy(LemmatizerModel model) {
        opennlp.tools.ml.model.MaxentModel maxent = model.getArtifact("lemmatizer.model");
        return maxent == null ? model : new LemmatizerModel("en", maxent, 1, java.util.Map.of(), model.getFactory());
    }

    EnglishNlp() {
        sentences = new SentenceDetectorME(Models.SENTENCE);
        tokenizer = new TokenizerME(Models.TOKENS);
        tagger = new POSTaggerME(Models.POS);
        lemmatizer = new LemmatizerME(Models.LEMMAS);
    }

    /** Paragraphs below which one thread analyses them all. */
    private static final int PARALLEL_FROM = 64;

    /**
     * Analyses paragraphs, in their order. A long document is cut into contiguous blocks
     * analysed on all cores, each by an analyser of its own; each paragraph's analysis depends
     * on its text alone, so the result is the same on any number of cores.
     */
    Sentence[][] analyseAll(java.util.List<String> paragraphs) {
        Sentence[][] result = new Sentence[paragraphs.size()][];
        int workers = Math.min(Runtime.getRuntime().availableProcessors(), paragraphs.size() / PARALLEL_FROM);
        if (workers <= 1) {
            for (int i = 0; i < result.length; i++) {
                result[i] = analyse(paragraphs.get(i));
            }
            return result;
        }
        int block = (paragraphs.size() + workers - 1) / workers;
        java.util.stream.IntStream.range(0, workers).parallel().forEach(w -> {
            EnglishNlp own = w == 0 ? this : new EnglishNlp();
            for (int i = w * block; i < Math.min(paragraphs.size(), (w + 1) * block); i++) {
                result[i] = own.analyse(paragraphs.get(i));
            }
        });
        return result;
    }

    static InputStream open(String kind) {
        String name = String.format(Locale.ROOT, MODELS, kind);
        InputStream in = EnglishNlp.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
        }
        return in;
    }

    /**
     * Tokens of a sentence: OpenNLP's tokenizer run on each whitespace-separated chunk (which is
     * what it does itself), except that a chunk longer than {@link #LONGEST_CHUNK} characters
     * (no word is: a run of dashes, a URL, binary junk) is kept whole, because the tokenizer's
     * features grow with the chunk and its cost with the square of its length.
     */
    private Span[] tokenize(String text) {
        java.util.List<Span> result = new java.util.ArrayList<>();
        for (Span chunk : opennlp.tools.tokenize.WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            if (chunk.length() > LONGEST_CHUNK) {
                result.add(chunk);
                continue;
            }
            for (Span token : tokenizer.tokenizePos(chunk.getCoveredText(text).toString())) {
                result.add(new Span(token.getStart() + chunk.getStart(), token.getEnd() + chunk.getStart()));
            }
        }
        return result.toArray(new Span[0]);
    }

    /**
     * The most tokens tagged as one sentence. Real sentences are far shorter; a run without
     * punctuation is cut into pieces of this length, because the tagger's cost grows faster
     * than linearly with a sentence's length.
     */
    static final int LONGEST_SENTENCE = 150;

    /** Splits a paragraph into analysed sentences; spans are character offsets in the paragraph. */
    Sentence[] analyse(String paragraph) {
        java.util.List<Sentence> result = new java.util.ArrayList<>();
        for (Span sentence : sentences.sentPosDetect(paragraph)) {
            String text = sentence.getCoveredText(paragraph).toString();
            Span[] all = tokenize(text);
            for (int from = 0; from < Math.max(1, all.length); from += LONGEST_SENTENCE) {
                Span[] tokenSpans = java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + LONGEST_SENTENCE));
                String[] tokens = Span.spansToStrings(tokenSpans, text);
                String[] tags = tagger.tag(tokens);
                String[] lemmas = lemmatizer.lemmatize(tokens, tags);
                String[] lower = new String[tokens.length];
                for (int i = 0; i < tokens.length; i++) {
                    lower[i] = tokens[i].toLowerCase(Locale.ROOT);
                    String lemma = lemmas[i].toLowerCase(Locale.ROOT);
                    lemmas[i] = lemma.equals("o") || lemma.isEmpty() ? lower[i] : lemma;
                    tokenSpans[i] = new Span(tokenSpans[i].getStart() + sentence.getStart(),
                            tokenSpans[i].getEnd() + sentence.getStart());
                }
                Span span = all.length <= LONGEST_SENTENCE || tokenSpans.length == 0 ? sentence
                        : new Span(tokenSpans[0].getStart(), tokenSpans[tokenSpans.length - 1].getEnd());
                result.add(new Sentence(span, tokens, tokenSpans, lower, lemmas, tags));
            }
        }
        return result.toArray(new Sentence[0]);
    }
}
