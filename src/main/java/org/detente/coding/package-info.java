/**
 * News text to coded events to stances: dictionary-based event coding in the tradition
 * of TABARI and PETRARCH2 ({@code docs/stance-coding.md}).
 *
 * <p>May use {@code scenario} (for {@link org.detente.scenario.Stance},
 * {@link org.detente.scenario.Dimension} and input problems) and Apache OpenNLP. Every
 * dictionary is a resource file with the provenance of each entry; every number the
 * coder produces can be traced to a sentence and a resource line.
 */
package org.detente.coding;
