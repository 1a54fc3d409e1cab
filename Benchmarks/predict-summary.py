#!/usr/bin/env python3
"""Summarises predict-eval runs: one row per repository, accrue's interest ranking against the bar of issue 5.

    Benchmarks/predict-summary.py DIR [DIR ...]   # each DIR: a KEEP folder of predict-eval.sh (result.json),
                                                  # named after its repository

The bar: rho_fix and capture@20% of files at least `loc`'s, capture@20% of LOC and Popt above `churn`'s, and all
four above the 95th percentile of the harness's random band. Prints the figures and which of them miss, then the
mean of each column over the repositories and, per figure, on how many repositories interest clears its baseline and
the band (each repository weighs the same, whatever its number of fixes).
"""
import json
import os
import sys

METRICS = ("spearman_fix", "capture20", "capture20_loc", "popt")
LABELS = ("rho_fix", "cap@20% files", "cap@20% LOC", "Popt")
BASELINE = {"spearman_fix": "loc", "capture20": "loc", "capture20_loc": "churn", "popt": "churn"}


def figures(row):
    return " / ".join(
        "-" if row.get(k) is None else (f"{row[k]:.3f}" if k in ("spearman_fix", "popt") else f"{100 * row[k]:.1f}")
        for k in METRICS)


def misses(result):
    rows, band = result["results"], result["meta"]["random_null"]
    mine = rows["accrue_interest"]
    out = []
    for key, label in zip(METRICS, LABELS):
        value, baseline = mine.get(key), rows[BASELINE[key]].get(key)
        if value is None or baseline is None:
            out.append(f"{label}: no figure")
            continue
        beats = value >= baseline if BASELINE[key] == "loc" else value > baseline
        if not beats:
            out.append(f"{label} vs {BASELINE[key]}")
        if value <= band[key]["p95"]:
            out.append(f"{label} vs band")
    return out


def mean_rows(results):
    """The mean of loc, churn, the band and interest over `results`, and per metric the repositories won."""
    def mean(rows):
        return {k: sum(r[k] for r in rows) / len(rows) for k in METRICS}
    loc = mean([r["results"]["loc"] for r in results])
    churn = mean([r["results"]["churn"] for r in results])
    band = mean([{k: r["meta"]["random_null"][k]["p95"] for k in METRICS} for r in results])
    mine = mean([r["results"]["accrue_interest"] for r in results])
    wins = []
    for key, label in zip(METRICS, LABELS):
        vs_base = sum(f"{label} vs {BASELINE[key]}" not in misses(r) for r in results)
        vs_band = sum(f"{label} vs band" not in misses(r) for r in results)
        wins.append(f"{label}: beats {BASELINE[key]} on {vs_base}, the band on {vs_band}")
    return loc, churn, band, mine, wins


def row(folder):
    """One repository's table row, and its result when it was scored (None without fixes or result)."""
    label = os.path.basename(os.path.abspath(folder))
    path = os.path.join(folder, "result.json")
    if not os.path.exists(path):
        return f"| {label} | no result.json | | | | | | |", None
    result = json.load(open(path))
    meta, rows = result["meta"], result["results"]
    if not all(k in meta["random_null"] for k in METRICS):
        # No fix commit touched the files after the split: nothing to rank by, no bar to meet or miss.
        return (f"| {label} | {meta['split_months']} m | {meta['fix_touches']} | | | | | "
                "no fixes after the split: not scored |"), None
    band = {k: meta["random_null"][k]["p95"] for k in METRICS}
    return (f"| {label} | {meta['split_months']} m | {meta['fix_touches']} | {figures(rows['loc'])} | "
            f"{figures(rows['churn'])} | {figures(band)} | {figures(rows['accrue_interest'])} | "
            f"{', '.join(misses(result)) or 'none: bar met'} |"), result


def main(dirs):
    print("| repository | split | fix-touches | loc | churn | band (95th pct.) | accrue interest | misses |")
    print("|---|---|---|---|---|---|---|---|")
    scored = []
    for folder in dirs:
        line, result = row(folder)
        print(line)
        if result is not None:
            scored.append(result)
    complete = [r for r in scored if all(
        r["results"][name].get(k) is not None for name in ("loc", "churn", "accrue_interest") for k in METRICS)]
    if len(complete) > 1:
        loc, churn, band, mine, wins = mean_rows(complete)
        print(f"| mean of {len(complete)} | | | {figures(loc)} | {figures(churn)} | {figures(band)} | {figures(mine)} | |")
    passed = sum(not misses(r) for r in scored)
    print(f"\nbar met on {passed} of {len(scored)} scored (rho_fix / cap@20% files / cap@20% LOC / Popt)")
    if len(complete) > 1:
        print(f"of {len(complete)} repositories, " + "; ".join(wins))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
