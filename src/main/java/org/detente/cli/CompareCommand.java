package org.detente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.detente.analysis.RunSummary;
import org.detente.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code detente compare}: charts and a report comparing batch results. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare the scenarios in one or more results folders of 'detente batch': charts (PNG and"
                + " SVG) of P(crisis by day t), the mean ladder rung, escalation score and trust with 95%% bands,"
                + " statistics (stats.csv) and report.html.",
        footer = {"", "Examples:",
                "  detente compare results/demo",
                "  detente compare results/dialogue results/escalation --out results/comparison"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Results folders written by 'detente batch'.")
    List<Path> folders;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write charts/ and report.html (default: the first DIR).")
    Path out;

    @Option(names = "--force", description = "Replace a report.html, stats.csv or charts/ in the output folder that"
            + " Détente did not write.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : folders.get(0);
        List<String> notes = new java.util.ArrayList<>();
        List<RunSummary> outcomes = Workflows.compare(folders, target, List.of(), List.of(), force, notes);
        spec.commandLine().getOut().println("Charts in " + target.resolve("charts") + ", report in "
                + target.resolve("report.html"));
        spec.commandLine().getOut().println(Report.headline(outcomes));
        notes.forEach(spec.commandLine().getOut()::println);
        return Main.OK;
    }
}
