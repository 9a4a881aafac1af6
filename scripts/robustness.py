#!/usr/bin/env python3
"""Summarise a robustness batch (scenarios/robustness/*.yaml): per design point, each
scenario's P(crisis) and the paired escalation-minus-dialogue difference.

Usage: python3 scripts/robustness.py RESULTS_DIR

Prints the share of points where escalation's crisis probability exceeds dialogue's, and
per scenario the share of points below 1% and above 99%. Standard library only.
"""
import csv
import sys
from collections import defaultdict


def main(folder):
    crises = defaultdict(lambda: [0, 0])
    with open(folder + "/runs.csv", newline="") as f:
        for row in csv.DictReader(f):
            cell = crises[(row["scenario"], int(row["design_point"]))]
            cell[0] += int(row["crisis"])
            cell[1] += 1
    scenarios = sorted({s for s, _ in crises})
    points = sorted({p for _, p in crises})
    p = {k: c / n for k, (c, n) in crises.items()}
    print("scenario     points  median P   min P    max P   <1% share  >99% share")
    for s in scenarios:
        values = sorted(p[(s, i)] for i in points if (s, i) in p)
        low = sum(v < 0.01 for v in values) / len(values)
        high = sum(v > 0.99 for v in values) / len(values)
        print(f"{s:<12} {len(values):>6} {values[len(values) // 2]:>9.1%} {values[0]:>7.1%} {values[-1]:>8.1%}"
              f" {low:>10.0%} {high:>11.0%}")
    if "escalation" in scenarios and "dialogue" in scenarios:
        diffs = [p[("escalation", i)] - p[("dialogue", i)] for i in points]
        positive = sum(d > 0 for d in diffs)
        print(f"escalation - dialogue > 0 at {positive} of {len(diffs)} points ({positive / len(diffs):.0%});"
              f" median difference {sorted(diffs)[len(diffs) // 2]:+.1%}, smallest {min(diffs):+.1%}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
