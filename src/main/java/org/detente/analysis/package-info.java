/**
 * Statistics of many runs: streaming, mergeable accumulators and the immutable summaries
 * they produce (means with Student t intervals, proportions with Wilson intervals), tests
 * between scenarios, survival curves, and Morris elementary effects of a design's parameters.
 *
 * <p>Depends on nothing else in Détente; uses Apache Commons Math for distributions.
 */
package org.detente.analysis;
