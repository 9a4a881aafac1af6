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

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    /** A tokenised sentence. */
    record Sentence(Span span, String[] tokens, Span[] tokenSpans, String[] lower, String[] lemmas, String[] tags) {
    }

    EnglishNlp() {
        try {
            sentences = new SentenceDetectorME(new SentenceModel(open("sentence")));
            tokenizer = new TokenizerME(new TokenizerModel(open("tokens")));
            tagger = new POSTaggerME(new POSModel(open("pos")));
            lemmatizer = new LemmatizerME(new LemmatizerModel(open("lemmas")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static InputStream open(String kind) {
        String name = String.format(Locale.ROOT, MODELS, kind);
        InputStream in = EnglishNlp.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
        }
        return in;
    }

    /** Splits a paragraph into analysed sentences; spans are character offsets in the paragraph. */
    Sentence[] analyse(String paragraph) {
        Span[] spans = sentences.sentPosDetect(paragraph);
        Sentence[] result = new Sentence[spans.length];
        for (int s = 0; s < spans.length; s++) {
            String text = spans[s].getCoveredText(paragraph).toString();
            Span[] tokenSpans = tokenizer.tokenizePos(text);
            String[] tokens = Span.spansToStrings(tokenSpans, text);
            String[] tags = tagger.tag(tokens);
            String[] lemmas = lemmatizer.lemmatize(tokens, tags);
            String[] lower = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                lower[i] = tokens[i].toLowerCase(Locale.ROOT);
                String lemma = lemmas[i].toLowerCase(Locale.ROOT);
                lemmas[i] = lemma.equals("o") || lemma.isEmpty() ? lower[i] : lemma;
                tokenSpans[i] = new Span(tokenSpans[i].getStart() + spans[s].getStart(),
                        tokenSpans[i].getEnd() + spans[s].getStart());
            }
            result[s] = new Sentence(spans[s], tokens, tokenSpans, lower, lemmas, tags);
        }
        return result;
    }
}
