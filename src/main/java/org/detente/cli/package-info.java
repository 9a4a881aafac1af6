/**
 * The command line: {@code detente code|run|batch|compare|demo}. The only place that
 * prints to the terminal or chooses an exit code (0 success, 1 internal error, 2 bad
 * input or usage). May use every other package.
 */
package org.detente.cli;
