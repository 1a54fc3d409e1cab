#!/usr/bin/env python3
"""Issue 5's bar read over the whole corpus at once: means, the random band *of the mean*, and paired bootstraps.

    Benchmarks/predict-pooled.py DIR [DIR ...]   # each DIR: a KEEP folder of predict-eval.sh (files.json, result.json)
    TRIALS=1000 BOOTSTRAP=10000 SEED=20240601 Benchmarks/predict-pooled.py ...   # the defaults

Per repository, the harness's random band is wide when a repository has few fixes (Alamofire's year had one fix
commit, touching 9 files): a strict pass or miss there is mostly noise. The mean over the corpus is steadier, but
the mean of the per-repository 95th percentiles is not the band of the mean. This script draws that band: each
trial ranks every repository's files at random (uniform scores, as the harness does), computes the four figures
with the harness's definitions (re-implemented and checked in predict-ceiling.py) and averages them over the
repositories; the band is the 95th percentile of those means. It also resamples the repositories with replacement
and reports, for each figure, the mean difference between interest and the baseline the bar names (`loc` for
rho_fix and capture@20% of files, `churn` for capture@20% of LOC and Popt), its 95% interval, and wins/losses.

The pooled reading of the bar: interest's mean is at least `loc`'s (rho_fix, capture@20% of files) and above
`churn`'s (capture@20% of LOC, Popt), and all four means are above the band of the mean.
"""
import importlib.util
import json
import os
import random
import sys

spec = importlib.util.spec_from_file_location("ceiling", os.path.join(os.path.dirname(__file__), "predict-ceiling.py"))
ceiling = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ceiling)

NAMES = ("rho_fix", "cap@20% files", "cap@20% LOC", "Popt")
BASELINE = ("loc", "loc", "churn", "churn")  # the baseline the bar names for each figure
STRICT = (False, False, True, True)  # at least loc's; above churn's


def load(folder):
    """The folder's files and rankings' figures; None without fixes after the split or not scored (no files.json)."""
    if not os.path.exists(os.path.join(folder, "files.json")):
        return None
    files = json.load(open(os.path.join(folder, "files.json")))["files"]
    if not sum(f["fix_commits"] for f in files):
        return None
    rows = {name: ceiling.figures(files, lambda f, n=name: f["scores"][n]) for name in ("accrue_interest", "loc", "churn")}
    return files, rows


def band(repositories, trials, rng):
    """95th percentile, per figure, of the corpus mean of random rankings."""
    means = []
    for _ in range(trials):
        total = [0.0] * 4
        for files, _ in repositories:
            draw = {id(f): rng.random() for f in files}
            for k, value in enumerate(ceiling.figures(files, lambda f: draw[id(f)])):
                total[k] += value
        means.append([t / len(repositories) for t in total])
    return [sorted(m[k] for m in means)[int(0.95 * trials) - 1] for k in range(4)]


def bootstrap(differences, samples, rng):
    """Mean difference and its 95% percentile interval over repositories resampled with replacement."""
    n, means = len(differences), []
    for _ in range(samples):
        means.append(sum(differences[rng.randrange(n)] for _ in range(n)) / n)
    means.sort()
    return sum(differences) / n, means[int(0.025 * samples)], means[int(0.975 * samples) - 1]


def row(k, repositories, mean, random_band, samples, rng):
    """One figure's table row and whether the pooled bar holds for it."""
    base, scale = BASELINE[k], (1, 100, 100, 1)[k]
    differences = [r[1]["accrue_interest"][k] - r[1][base][k] for r in repositories]
    average, low, high = bootstrap(differences, samples, rng)
    wins, losses = sum(d > 0 for d in differences), sum(d < 0 for d in differences)
    ours, theirs = mean["accrue_interest"][k], mean[base][k]
    ok = (ours > theirs if STRICT[k] else ours >= theirs) and ours > random_band[k]
    return (f"| {NAMES[k]} | {scale * ours:.3f} | {scale * mean['loc'][k]:.3f} | {scale * mean['churn'][k]:.3f} "
            f"| {scale * random_band[k]:.3f} | {scale * average:+.3f} vs {base} [{scale * low:+.3f}, {scale * high:+.3f}] "
            f"| {wins} / {losses} | {'met' if ok else 'not met'} |"), ok


def main(dirs):
    trials = int(os.environ.get("TRIALS", 1000))
    samples = int(os.environ.get("BOOTSTRAP", 10000))
    rng = random.Random(int(os.environ.get("SEED", 20240601)))
    repositories = [r for r in (load(d) for d in dirs) if r is not None]
    if not repositories:
        sys.exit("no scored repository (none had fixes after its split)")
    n = len(repositories)
    mean = {name: [sum(r[1][name][k] for r in repositories) / n for k in range(4)]
            for name in ("accrue_interest", "loc", "churn")}
    random_band = band(repositories, trials, rng)
    print(f"{n} scored repositories; band: {trials} random trials; intervals: {samples} bootstrap samples\n")
    print("| figure | accrue interest | loc | churn | band of the mean (95th pct.) | interest − bar's baseline [95% interval] | wins / losses | pooled bar |")
    print("|---|---|---|---|---|---|---|---|")
    met = 0
    for k in range(4):
        line, ok = row(k, repositories, mean, random_band, samples, rng)
        print(line)
        met += ok
    print(f"\npooled bar met on {met} of 4 figures")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
