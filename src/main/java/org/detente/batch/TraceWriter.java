package org.detente.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.detente.analysis.Numbers;
import org.detente.model.EventSink;
import org.detente.model.ModelEvent;

/**
 * Writes the story of one run: every delivered signal ({@code trace.csv}) and every other
 * event (votes, channels suspended or restored: {@code events.csv}), and each adversarial
 * pair's rung, trust, threat, posture and perceived hostility at the end of every day
 * ({@code dyads.csv}).
 */
public final class TraceWriter implements EventSink, AutoCloseable {

    private final CSVPrinter trace;
    private final CSVPrinter events;
    private final CSVPrinter dyads;
    private boolean inCrisis;

    public TraceWriter(Path folder) throws IOException {
        trace = new CSVPrinter(Files.newBufferedWriter(folder.resolve("trace.csv"), StandardCharsets.UTF_8),
                BatchWriter.CSV);
        trace.printRecord("day", "sent_day", "sender", "receiver", "channel", "signal", "cameo", "category",
                "intended_goldstein", "perceived_signal", "perceived_goldstein", "misperceived", "lost",
                "rung_before", "rung_after", "inadvertent_escalation");
        events = new CSVPrinter(Files.newBufferedWriter(folder.resolve("events.csv"), StandardCharsets.UTF_8),
                BatchWriter.CSV);
        events.printRecord("day", "event", "detail");
        dyads = new CSVPrinter(Files.newBufferedWriter(folder.resolve("dyads.csv"), StandardCharsets.UTF_8),
                BatchWriter.CSV);
        dyads.printRecord("day", "actor", "toward", "rung", "trust", "threat", "posture", "hostility");
    }

    @Override
    public void accept(ModelEvent event) {
        try {
            if (event instanceof ModelEvent.SignalDelivered s) {
                trace.printRecord(s.day(), s.sentDay(), s.sender(), s.receiver(), s.channel(), s.intended().id(),
                        s.intended().cameo(), s.intended().category().key(), Numbers.format(s.intended().goldstein()),
                        s.lost() ? "" : s.perceived().id(), Numbers.format(s.perceivedGoldstein()),
                        s.misperceived() ? 1 : 0, s.lost() ? 1 : 0, s.rungBefore(), s.rungAfter(),
                        s.inadvertentEscalation() ? 1 : 0);
            } else if (event instanceof ModelEvent.VoteHeld v) {
                events.printRecord(v.day(), "vote " + v.id(), v.outcome() + " (" + v.tally() + "; "
                        + v.votes() + ")");
            } else if (event instanceof ModelEvent.AnyPairCrisisBegan p) {
                events.printRecord(p.day(), "first crisis of any pair: " + p.first() + " toward " + p.second(),
                        "counted in crisis_any_pair; the headline counts the scenario's crisis dyads");
            } else if (event instanceof ModelEvent.Scripted e) {
                events.printRecord(e.day(), "scripted " + e.id(), e.actor() + " " + e.signal().replace('_', ' ')
                        + " toward " + e.target());
            } else if (event instanceof ModelEvent.ChannelChanged c) {
                events.printRecord(c.day(), "channel " + c.channel(), c.open() ? "restored" : "suspended");
            } else if (event instanceof ModelEvent.DayEnded d && d.inCrisis() != inCrisis) {
                inCrisis = d.inCrisis();
                events.printRecord(d.day(), inCrisis ? "crisis begins" : "crisis ends", "highest rung " + d.maxRung());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean wantsDyads() {
        return true;
    }

    /** Each adversarial pair at the end of each day, in {@code dyads.csv}. */
    @Override
    public void dyadEnded(int day, String self, String other, boolean adversarial, int rung, double trust,
                          double threat, double posture, double hostility) {
        if (!adversarial) {
            return;
        }
        try {
            dyads.printRecord(day, self, other, rung, Numbers.format(trust), Numbers.format(threat),
                    Numbers.format(posture), Numbers.format(hostility));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        trace.close(true);
        events.close(true);
        dyads.close(true);
    }
}
