/**
 * Scenario records and the reader that validates scenario files into them.
 *
 * <p>The bottom of the pipeline: it depends on nothing else in Détente. A scenario
 * names its actors (with a strategy and optional stance overrides), the texts their
 * stances are coded from, the channels signals travel through, a timeline of scripted
 * events, a horizon and a crisis threshold. Every record checks its invariants, and
 * {@link org.detente.scenario.ScenarioReader} reports every problem in a file at once
 * with file, line and field.
 */
package org.detente.scenario;
