package org.detente.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option every command accepts (read early by {@link Main}). */
final class DebugOption {

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;
}
