package org.detente.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level command: lists the subcommands. The list shows the first line of each
 * command's description, so that line is one sentence short enough for one line of the list.
 */
@Command(name = "detente",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Détente simulates diplomatic signalling about space security.",
                "It models the US, Russia and their allies.",
                "It measures how dialogue and escalation change the risk of a crisis.",
                ""},
        subcommands = {CodeCommand.class, RunCommand.class, ViewCommand.class, BatchCommand.class, CompareCommand.class, HindcastCommand.class, CalibrateCommand.class,
                DemoCommand.class, BenchCommand.class, WorkerCommand.class},
        footer = {"",
                "Start with:  detente demo",
                "Every command has --help with examples.",
                "Add --debug to any command for stack traces."})
final class DetenteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Standard input, for the commands that read it ({@code code -}); tests give their own. */
    InputStream in = System.in;

    /** Without a command: the usage, on standard error, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.BAD_INPUT;
    }
}
