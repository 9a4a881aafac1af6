package org.detente.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * A news text: one paragraph per non-blank line, each ending with an attribution
 * {@code — SOURCE}, the channel through which the statement reached us.
 *
 * @param name       the document's name (its file name)
 * @param paragraphs the paragraphs in order
 */
public record TextDocument(String name, List<Paragraph> paragraphs) {

    private static final Pattern ATTRIBUTION = Pattern.compile("\\s+(?:—|–|--)\\s*([^—–]{1,80}?)\\s*$");

    /**
     * One paragraph.
     *
     * @param number      1-based paragraph number
     * @param line        the line of the file it is on
     * @param text        the normalised text, without the attribution
     * @param attribution the attribution, empty when the paragraph has none
     */
    public record Paragraph(int number, int line, String text, String attribution) {
    }

    public TextDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * Reads a text file.
     *
     * @throws InputException if the file is missing, unreadable, not UTF-8 or has no text
     */
    public static TextDocument read(Path file) throws InputException {
        String content = org.detente.scenario.InputFiles.read(file, org.detente.scenario.InputFiles.MAX_TEXT_BYTES,
                "text");
        if (content.indexOf('\u0000') >= 0) {
            throw new InputException(new Problem(file, 0, "", "a binary file (it holds NUL bytes); expected UTF-8 text,"
                    + " one paragraph per line"));
        }
        TextDocument document = parse(file.getFileName().toString(), content);
        if (document.paragraphs().isEmpty()) {
            throw new InputException(new Problem(file, 0, "", "the text is empty; expected one paragraph per line"));
        }
        return document;
    }

    /** The file lines of the paragraphs without a {@code — SOURCE} attribution. */
    public List<Integer> unattributedLines() {
        return paragraphs.stream().filter(p -> p.attribution().isEmpty()).map(Paragraph::line).toList();
    }

    /** Parses text already in memory. */
    public static TextDocument parse(String name, String content) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = normalise(lines[i]);
            if (text.isEmpty()) {
                continue;
            }
            String attribution = "";
            Matcher m = ATTRIBUTION.matcher(text);
            if (m.find()) {
                attribution = m.group(1).trim();
                text = text.substring(0, m.start()).trim();
            }
            paragraphs.add(new Paragraph(paragraphs.size() + 1, i + 1, text, attribution));
        }
        return new TextDocument(name, paragraphs);
    }

    /**
     * Straight quotes and apostrophes for curly ones (so "Russia’s" splits like "Russia's"),
     * single spaces for runs of white space.
     */
    static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }
}
