package org.detente.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.detente.analysis.Numbers;
import org.detente.model.ModelEvent;
import org.detente.scenario.Actors;

/**
 * The columns of {@code runs.csv}: one row per run, tidy, ids on every row. After the design
 * point come the design's parameter values, one column per path. Vote columns
 * ({@code <id>_outcome}, {@code <id>_USA}, ...) are added for every scripted Security
 * Council vote of any scenario in the batch, empty where a scenario has no such vote; before
 * them, {@code counterspace_<actor>} counts each actor's counterspace acts (0 where a scenario
 * lacks the actor).
 */
final class RunsCsv {

    static final List<String> FIXED = List.of("scenario", "design_point", "replication", "seed", "crisis",
            "first_crisis_day", "crisis_any_pair", "peak_rung", "escalation_score", "misperceptions", "inadvertent_escalations",
            "mean_goldstein", "signals");
    static final List<String> MEMBERS = Actors.PERMANENT_MEMBERS_IN_ORDER;

    private final List<String> voteIds;
    /** Actors of any scenario of the batch, each with a column of its counterspace acts. */
    private final List<String> actors;
    private final List<String> designPaths;
    private final java.util.Map<String, java.util.Map<String, String>> designs = new java.util.HashMap<>();

    RunsCsv(List<CompiledScenario> scenarios) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> paths = new LinkedHashSet<>();
        Set<String> actorIds = new LinkedHashSet<>();
        for (CompiledScenario s : scenarios) {
            s.scenario().actors().forEach(a -> actorIds.add(a.id()));
            ids.addAll(s.voteIds());
            paths.addAll(s.design().keySet());
            designs.put(s.name() + "#" + s.designPoint(), s.design());
        }
        voteIds = List.copyOf(ids);
        actors = List.copyOf(actorIds);
        designPaths = List.copyOf(paths);
    }

    List<String> header() {
        List<String> header = new ArrayList<>(FIXED.subList(0, 2));
        header.addAll(designPaths);
        header.addAll(FIXED.subList(2, FIXED.size()));
        for (String actor : actors) {
            header.add("counterspace_" + actor);
        }
        for (String id : voteIds) {
            header.add(id + "_outcome");
            header.add(id + "_votes_for");
            header.add(id + "_tally");
            for (String member : MEMBERS) {
                header.add(id + "_" + member);
            }
        }
        return header;
    }

    void print(CSVPrinter csv, RunResult r) throws IOException {
        List<String> row = new ArrayList<>(header().size());
        row.add(r.scenario());
        row.add(Integer.toString(r.designPoint()));
        java.util.Map<String, String> design = designs.getOrDefault(r.scenario() + "#" + r.designPoint(), java.util.Map.of());
        for (String path : designPaths) {
            row.add(design.getOrDefault(path, ""));
        }
        row.add(Integer.toString(r.replication()));
        row.add(Long.toString(r.seed()));
        row.add(r.crisis() ? "1" : "0");
        row.add(r.crisis() ? Integer.toString(r.firstCrisisDay()) : "");
        row.add(r.anyPairCrisis() ? "1" : "0");
        row.add(Integer.toString(r.peakRung()));
        row.add(Numbers.format(r.escalationScore()));
        row.add(Integer.toString(r.misperceptions()));
        row.add(Integer.toString(r.inadvertentEscalations()));
        row.add(Numbers.format(r.meanGoldstein()));
        row.add(Integer.toString(r.signals()));
        for (String actor : actors) {
            row.add(Long.toString(r.actsBy(actor)));
        }
        for (String id : voteIds) {
            ModelEvent.VoteHeld vote = r.votes().get(id);
            row.add(vote == null ? "" : vote.outcome());
            row.add(vote == null ? "" : Integer.toString(vote.votesFor()));
            row.add(vote == null ? "" : vote.tally());
            for (String member : MEMBERS) {
                row.add(vote == null ? "" : vote.votes().getOrDefault(member, ""));
            }
        }
        csv.printRecord(row);
    }
}
