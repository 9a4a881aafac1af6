/**
 * The MASON model: actors exchanging signals through channels, beliefs, postures,
 * strategies and a dyadic escalation ladder ({@code docs/ODD.md} describes it).
 *
 * <p>May use {@code scenario} records and MASON. Never touches files, charts or the
 * batch runner: it takes a {@link org.detente.model.ModelSetup} and a seed, and
 * reports everything that happens to the {@link org.detente.model.EventSink} it is given.
 * All randomness flows from the run's seed through per-purpose child generators.
 */
package org.detente.model;
