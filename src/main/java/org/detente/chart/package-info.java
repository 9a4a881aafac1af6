/**
 * Charts with JFreeChart 1.5, written as PNG and SVG: datasets built from analysis
 * summaries, nothing computed here that the analysis package does not already hold.
 * May use {@code analysis}. Every chart says how many runs it rests on.
 */
package org.detente.chart;
