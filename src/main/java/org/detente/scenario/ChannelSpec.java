package org.detente.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A channel as a scenario declares it.
 *
 * @param id               the name timeline events use for it
 * @param kind             what sort of channel it is
 * @param members          the actors it connects (every ordered pair of them)
 * @param latencyDays      days from sending to delivery, at least 0
 * @param noise            standard deviation of perception noise, in Goldstein points
 * @param delivery         probability that a signal arrives, in (0,1]
 * @param isPublic         whether everybody sees the signals (audience costs apply)
 * @param capacityPerMonth contacts per sender and receiver per 30 days, at least 0
 * @param open             whether the channel is open on day 0
 * @param line             the line of the channel's entry in the scenario file
 */
public record ChannelSpec(String id, ChannelKind kind, List<String> members, int latencyDays, double noise,
                          double delivery, boolean isPublic, double capacityPerMonth, boolean open, int line) {

    public ChannelSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a channel connects at least two actors but '" + id + "' has " + members.size());
        }
        if (latencyDays < 0 || latencyDays > 60) {
            throw new IllegalArgumentException("latency_days must lie in [0,60] but was " + latencyDays);
        }
        if (!(noise >= 0.0 && noise <= 10.0)) {
            throw new IllegalArgumentException("noise must lie in [0,10] Goldstein points but was " + noise);
        }
        if (!(delivery > 0.0 && delivery <= 1.0)) {
            throw new IllegalArgumentException("delivery must lie in (0,1] but was " + delivery);
        }
        if (!(capacityPerMonth >= 0.0 && capacityPerMonth <= 300.0)) {
            throw new IllegalArgumentException("capacity_per_month must lie in [0,300] but was " + capacityPerMonth);
        }
    }

    /** Whether the channel connects these two actors. */
    public boolean connects(String a, String b) {
        return !a.equals(b) && members.contains(a) && members.contains(b);
    }
}
