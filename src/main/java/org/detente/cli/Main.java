package org.detente.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;
import picocli.CommandLine;

/** Entry point: parses the command line, runs the command, maps failures to exit codes. */
public final class Main {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for an unexpected failure inside Détente. */
    public static final int INTERNAL = 1;
    /** Exit code for bad input: usage, files, scenarios. */
    public static final int BAD_INPUT = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; for tests and the launcher. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /** Runs a command line with the given standard input ({@code code -} reads it); returns the exit code. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        DetenteCommand top = new DetenteCommand();
        top.in = in;
        CommandLine cli = new CommandLine(top);
        // Every command's --version (from mixinStandardHelpOptions) prints what the top level's does.
        cli.getSubcommands().values().forEach(c -> c.getCommandSpec().versionProvider(new VersionProvider()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine command = ex.getCommandLine();
            err.println("detente: error: " + ex.getMessage() + " (try '" + command.getCommandSpec().qualifiedName()
                    + " --help')");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, command, parseResult) -> {
            if (ex instanceof InputException input) {
                for (Problem problem : input.problems()) {
                    err.println("detente: error: " + problem);
                }
            } else if (ex instanceof UsageException usage) {
                err.println("detente: error: " + usage.getMessage());
            } else if (ex instanceof org.detente.cluster.ClusterRunner.RefusedException refused) {
                err.println("detente: error: " + refused.getMessage());
            } else {
                return failure(err, ex, debug);
            }
            if (debug) {
                ex.printStackTrace(err); // only on request: --debug
            }
            err.flush();
            return BAD_INPUT;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable ex) { // an Error (out of memory, stack) that picocli lets through: still one line
            code = failure(err, ex, debug);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** A failure that is not the user's input: one line in words; the stack trace only with --debug. */
    private static int failure(PrintWriter err, Throwable ex, boolean debug) {
        err.println("detente: error: " + Failures.describe(ex) + (debug ? "" : Failures.hint(ex)));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }
}
