#!/usr/bin/env python3
"""Writes a scenario with many states, to measure how Détente scales with the number of actors.

    scripts/scale-scenario.py N [--allies K] [--consult-all] > scenarios/scale/actors-N.yaml

The baseline's situation (the seed text, the US-Russia channel, Russia's counterspace
activity toward the US, the Security Council vote) with N states: the US, Russia, China,
K US allies in the US's bloc (default 12), and further states in alphabetical order from
the Phoenix country list (src/main/resources/org/detente/scenario/countries.tsv), each on
its own. Every state speaks on the public channel and at the UN; the US and its allies
consult on an allied channel (--consult-all: every state is in the US's bloc and consults,
the worst case for allied sharing). The headline crisis is the US and Russia's.
"""
import argparse
import pathlib

ALLIES = ["GBR", "FRA", "JPN", "DEU", "CAN", "AUS", "KOR", "ITA", "NLD", "POL", "ESP", "NOR",
          "DNK", "BEL", "PRT", "NZL", "SWE", "FIN", "CZE", "GRC"]

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("n", type=int, help="number of actors, 3 to 203")
parser.add_argument("--allies", type=int, default=12, help="US allies among them (default 12)")
parser.add_argument("--consult-all", action="store_true", help="every state in the US's bloc")
parser.add_argument("--texts", default="../texts/seed-space-security.txt",
                    help="the text path as the scenario file will see it (default: for scenarios/scale/)")
args = parser.parse_args()
countries = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/org/detente/scenario/countries.tsv"
codes = [line.split("\t")[0] for line in countries.read_text().splitlines()
         if line and not line.startswith("#") and not line.startswith("code\t")]
if not 3 <= args.n <= len(codes):
    parser.error(f"N must be 3 to {len(codes)}")
allies = ALLIES[:max(0, min(args.allies, args.n - 3, len(ALLIES)))]
actors = ["USA", "RUS", "CHN"] + allies
actors += [c for c in codes if c not in actors][:args.n - len(actors)]
bloc = actors[1:] if args.consult_all else allies
out = [f"# Written by scripts/scale-scenario.py {args.n} --allies {args.allies}"
       + (" --consult-all" if args.consult_all else "") + ": a scaling benchmark, not a forecast.",
       f"name: actors_{args.n}" + ("_consult_all" if args.consult_all else ""),
       "description: >",
       f"  The baseline's situation with {args.n} states ({len(allies)} US allies"
       + ("; every state in the US's bloc" if args.consult_all else "") + "), to measure scaling.",
       "horizon_days: 365",
       "crisis_threshold: 4",
       "crisis_dyads: [[USA, RUS]]",
       "texts:",
       "  - " + str(pathlib.Path(args.texts)),
       "allies: [" + ", ".join(bloc) + "]" if bloc else "",
       "actors:"]
out += [f"  - id: {a}" for a in actors]
members = "[" + ", ".join(actors) + "]"
out += ["channels:",
        "  - id: dialogue", "    kind: private-dialogue", "    members: [USA, RUS]", "    capacity_per_month: 2",
        "  - id: public", "    kind: public", f"    members: {members}",
        "  - id: un", "    kind: un-venue", f"    members: {members}"]
if bloc:
    out += ["  - id: allies", "    kind: allied-consultation", "    members: [" + ", ".join(["USA"] + bloc) + "]"]
out += ["timeline:",
        "  - id: unsc_vote", "    type: unsc-vote", "    day: 63", "    sponsor: USA", "    cosponsors: [JPN]"
        if "JPN" in actors else "    cosponsors: []",
        "    draft: resolution affirming the obligation not to place nuclear weapons in orbit"]
for event, signal, rate in [("rus_inspector", "inspector_deployment", 0.8), ("rus_asat_test", "asat_test", 0.3),
                            ("rus_jamming", "jamming", 0.05)]:
    out += [f"  - id: {event}", "    type: demonstration", "    actor: RUS", "    target: USA",
            f"    signal: {signal}", f"    per_year: {rate}"]
print("\n".join(line for line in out if line != ""))
