package org.detente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.detente.analysis.RunSummary;
import org.detente.chart.ChartFiles;
import org.detente.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code detente compare}: charts and a report comparing batch results. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare batch results in charts, statistics and a report.",
            "Reads one or more results folders of 'detente batch' and writes charts/ (PNG and SVG: P(crisis by day t),"
                    + " its difference between scenarios, when crises begin, fan charts of the ladder rung, escalation"
                    + " score, posture, trust and hostility, the peak rung and escalation score per run, the signal"
                    + " mix, a heatmap for a two-parameter design and, for the designs that allow it, lever effects,"
                    + " Morris screening and Sobol indices), stats.csv and report.html.",
            "Runs of scenarios compared pair by pair must share their seeds (batches run with the same --seed);"
                    + " otherwise compare refuses, unless --unpaired.",
            "A demo folder already holds the demo's own comparison, with sections (parameter uncertainty,"
                    + " sensitivity, hindcast) that only 'detente demo' makes."},
        footer = {"", "Examples:",
                "  detente compare results/baseline",
                "  detente compare results/dialogue results/escalation \\",
                "      --out results/comparison",
                "  detente compare results/demo --scenario baseline \\",
                "      --scenario escalation=\"no talks\" --out results/two --dpi 300"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Results folders written by 'detente batch'.")
    List<Path> folders;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write charts/, stats.csv and report.html (default: the first DIR).")
    Path out;

    @Option(names = "--scenario", paramLabel = "NAME[=LABEL]",
            description = "Show only this scenario (all its design points; or one point, NAME#3), under LABEL if"
                    + " given; repeat for several, in the order to show them (default: all, as they appear).")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--unpaired", description = "Compare scenarios whose runs do not share seeds as independent"
            + " samples (wider intervals), saying so in the report, instead of refusing.")
    boolean unpaired;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "72",
            description = "Resolution of the PNG charts: 72 for the screen (default), 300 for print (72 to 600).")
    int dpi;

    @Option(names = {"-q", "--quiet"}, description = "Print only the headline, not where the files went.")
    boolean quiet;

    @Option(names = "--force", description = "Replace the charts/, stats.csv and report.html of an earlier comparison"
            + " in the output folder (removed whole, so none of its charts is left behind).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (dpi < ChartFiles.SCREEN_DPI || dpi > 600) {
            throw new UsageException("--dpi " + dpi + ": expected 72 to 600");
        }
        List<SeriesSelection.Choice> choices = new ArrayList<>();
        for (String s : scenarios) {
            choices.add(SeriesSelection.Choice.parse(s));
        }
        Path target = out != null ? out : folders.get(0);
        List<String> notes = new ArrayList<>();
        List<RunSummary> outcomes = Workflows.compare(folders, target, List.of(), List.of(), force, notes,
                new Workflows.CompareOptions(choices, unpaired, dpi));
        if (!quiet) {
            spec.commandLine().getOut().println("Charts in " + target.resolve("charts") + ", report in "
                    + target.resolve("report.html"));
        }
        spec.commandLine().getOut().println(Report.headline(outcomes));
        notes.forEach(spec.commandLine().getOut()::println);
        return Main.OK;
    }
}
