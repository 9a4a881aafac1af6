#!/usr/bin/env python3
"""Golden values for GoldenStatisticsTest, computed independently of Détente's Java code.

Reads src/test/resources/golden/runs.tsv and writes src/test/resources/golden/expected.tsv.
Only the Python standard library is used; formulas follow the references cited by each
function. The one tabulated constant, the Student t quantile t(0.975, 11) = 2.200985, is
taken from standard tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).

    python3 src/test/python/golden_stats.py
"""
import math
import os
from statistics import NormalDist

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "resources", "golden")
HORIZON = 30
Z = NormalDist().inv_cdf(0.975)
T_975_11 = 2.200985


def read():
    groups = {}
    with open(os.path.join(DATA, "runs.tsv")) as f:
        for line in f:
            if line.startswith("#") or line.startswith("group"):
                continue
            g, rep, day, rung, score = line.split()
            groups.setdefault(g, []).append((int(rep), int(day), int(rung), float(score)))
    return groups


def wilson(k, n):
    """Wilson (1927) score interval."""
    p = k / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z / (1 + Z * Z / n) * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def kaplan_meier(days):
    """Kaplan-Meier with Greenwood's variance and the log-log interval (Kalbfleisch and Prentice 1980)."""
    n = len(days)
    at_risk, s, greenwood, out = n, 1.0, 0.0, []
    for t in range(HORIZON):
        d = sum(1 for x in days if x == t)
        if d > 0:
            s *= 1 - d / at_risk
            if at_risk > d:
                greenwood += d / (at_risk * (at_risk - d))
        at_risk -= d
        if 0 < s < 1:
            se = math.sqrt(greenwood) / abs(math.log(s))
            c = math.log(-math.log(s))
            out.append((s, math.exp(-math.exp(c + Z * se)), math.exp(-math.exp(c - Z * se))))
        else:
            out.append((s, s, s))
    return out


def log_rank(a, b):
    """Mantel (1966) log-rank statistic, chi-square with one degree of freedom."""
    na, nb, o, e, v = len(a), len(b), 0.0, 0.0, 0.0
    for t in range(HORIZON):
        da = sum(1 for x in a if x == t)
        db = sum(1 for x in b if x == t)
        d, n = da + db, na + nb
        if d > 0 and n > 1:
            o += da
            e += d * na / n
            v += na * nb * d * (n - d) / (n * n * (n - 1))
        na -= da
        nb -= db
    chi = (o - e) ** 2 / v
    return chi, math.erfc(math.sqrt(chi / 2))  # P(chi-square(1) > chi)


def mann_whitney(x, y):
    """U of x by pair counting (ties one half); p by the normal approximation without tie or
    continuity correction, two-sided, as Commons Math 3.6 documents it."""
    u = sum(1.0 if xi > yi else 0.5 if xi == yi else 0.0 for xi in x for yi in y)
    n1, n2 = len(x), len(y)
    u_min = min(u, n1 * n2 - u)
    z = (u_min - n1 * n2 / 2) / math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12)
    return u, 2 * NormalDist().cdf(z)


def paired(a, b):
    """Mean of paired differences (crisis 1/0), Student t interval and two-sided p."""
    pb = {r[0]: r for r in b}
    d = [(1 if r[1] >= 0 else 0) - (1 if pb[r[0]][1] >= 0 else 0) for r in a]
    n = len(d)
    mean = sum(d) / n
    sd = math.sqrt(sum((x - mean) ** 2 for x in d) / (n - 1))
    half = T_975_11 * sd / math.sqrt(n)
    return mean, mean - half, mean + half


def main():
    g = read()
    a, b = g["A"], g["B"]
    rows = []
    for name, runs in (("A", a), ("B", b)):
        k = sum(1 for r in runs if r[1] >= 0)
        lo, hi = wilson(k, len(runs))
        rows.append((name, "crisis_probability", k / len(runs), lo, hi))
        km = kaplan_meier([r[1] for r in runs])
        for t in (2, 7, 15, 29):
            rows.append((name, "km_day_%d" % t, *km[t]))
        scores = [r[3] for r in runs]
        m = sum(scores) / len(scores)
        sd = math.sqrt(sum((x - m) ** 2 for x in scores) / (len(scores) - 1))
        rows.append((name, "mean_escalation_score", m, m - T_975_11 * sd / math.sqrt(12),
                     m + T_975_11 * sd / math.sqrt(12)))
    chi, p = log_rank([r[1] for r in a], [r[1] for r in b])
    rows.append(("A-B", "log_rank", chi, p, float("nan")))
    u, p = mann_whitney([r[3] for r in a], [r[3] for r in b])
    rows.append(("A-B", "mann_whitney", u, p, u / (len(a) * len(b))))
    rows.append(("A-B", "paired_crisis_difference", *paired(a, b)))
    # Holm (1979) on three p-values.
    ps = [0.01, 0.04, 0.03]
    order = sorted(range(3), key=lambda i: ps[i])
    adjusted, running = [0.0] * 3, 0.0
    for k, i in enumerate(order):
        running = max(running, min(1.0, (3 - k) * ps[i]))
        adjusted[i] = running
    rows.append(("holm", "0.01,0.04,0.03", *adjusted))
    with open(os.path.join(DATA, "expected.tsv"), "w") as f:
        f.write("# Written by src/test/python/golden_stats.py; do not edit by hand.\n")
        f.write("subject\tstatistic\tv1\tv2\tv3\n")
        for r in rows:
            f.write("\t".join([r[0], r[1]] + ["%.10g" % x for x in r[2:]]) + "\n")


if __name__ == "__main__":
    main()
