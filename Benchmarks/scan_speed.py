#!/usr/bin/env python3
"""Times `accrue files` against cloc and lizard on the same tree, in one run, and prints the ratios.

Usage: Benchmarks/scan_speed.py REPO [--runs 5] [--accrue PATH] [--skip-lizard]

Every tool sees the whole tracked tree: accrue is told to include vendored, generated and minified files
and lockfiles, as cloc and lizard do not exclude them. Runs are interleaved (accrue, cloc, lizard, accrue,
...) so load on this shared machine hits all tools alike; the medians are compared. Peak memory is the
maximum resident set size reported by /usr/bin/time.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(command, cwd):
    with tempfile.NamedTemporaryFile("r") as report:
        full = ["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command
        # Wall time from a monotonic clock (/usr/bin/time rounds to 10 ms, too coarse for accrue);
        # /usr/bin/time still reports the peak memory.
        started = time.perf_counter()
        result = subprocess.run(full, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - started
        # lizard exits 1 when it found functions over its warning thresholds: that is a result, not a failure.
        if result.returncode not in (0, 1) or (result.returncode == 1 and "lizard" not in " ".join(command)):
            sys.exit(f"failed: {' '.join(command)}\n{result.stderr.decode(errors='replace')}")
        _, kilobytes = report.read().split()[-2:]
        return elapsed, int(kilobytes)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repo")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--accrue", default=os.path.join(ROOT, ".build/release/accrue"))
    parser.add_argument("--skip-lizard", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.accrue):
        # As Scripts/accrue builds it: release, static Swift runtime.
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "accrue",
                        "--package-path", ROOT], check=True)
    accrue = [args.accrue, "files"] + sum(
        (["--include", r] for r in ["vendored", "generated", "minified", "lockfile"]), [])
    tools = {"accrue": accrue, "cloc": ["cloc", "--quiet", "."]}
    if not args.skip_lizard:
        # lizard uses one process by default; -t2 gives it both cores like accrue.
        tools["lizard"] = [sys.executable, "-m", "lizard", "-t2", "."]
    samples = {name: [] for name in tools}
    memory = {name: 0 for name in tools}
    for name, command in tools.items():  # warm the page cache once
        timed(command, args.repo)
    for _ in range(args.runs):
        for name, command in tools.items():
            if name == "lizard" and len(samples["lizard"]) >= max(1, args.runs // 2):
                continue  # lizard takes minutes; fewer samples suffice for a large ratio
            seconds, kilobytes = timed(command, args.repo)
            samples[name].append(seconds)
            memory[name] = max(memory[name], kilobytes)
    files = subprocess.run(["git", "ls-files"], cwd=args.repo, capture_output=True, text=True).stdout.count("\n")
    print(f"repository: {args.repo} ({files} tracked files), {args.runs} interleaved runs, medians")
    base = statistics.median(samples["accrue"])
    for name in tools:
        median = statistics.median(samples[name])
        ratio = "" if name == "accrue" else f"  accrue is {median / base:.1f}x faster"
        print(f"{name:7s} {median:8.4f} s  peak {memory[name] / 1024:7.1f} MiB{ratio}")


if __name__ == "__main__":
    main()
