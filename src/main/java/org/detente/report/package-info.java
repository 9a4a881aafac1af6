/**
 * The HTML report: one self-contained page (images inlined, no network) assembled from
 * analysis summaries and chart files. May use {@code chart} and {@code analysis}. Every
 * user-supplied string is escaped.
 */
package org.detente.report;
