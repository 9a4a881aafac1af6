/**
 * Experiments: compiling scenarios (texts coded, overrides applied), seeds, replications
 * run in parallel, and the results folder ({@code manifest.json}, {@code runs.csv},
 * {@code timeseries.csv}) written so that it is never left looking complete when it is not.
 *
 * <p>May use {@code analysis}, {@code model}, {@code coding} and {@code scenario}. Results
 * follow from the master seed alone, whatever the number of threads.
 */
package org.detente.batch;
