#!/usr/bin/env python3
"""Compares accrue's line counts with cloc's on exactly the same files, per language.

Input: accrue's per-file counts, either `accrue files --format json` output (schema accrue.files/1) or
JSON lines ({path, language, code, comment, blank}). cloc gets the same file list (--list-file,
--skip-uniqueness) and answers --by-file; both sides are summed per language over the files both counted.
Exit status 1 when a language differs by more than --tolerance percent in code, comment or blank lines.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def read_accrue(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        document = None
    files = {}
    if isinstance(document, dict) and "files" in document:
        for entry in document["files"]:
            lines = entry.get("lines") or {}
            if entry.get("language") and lines:
                files[entry["path"]] = (entry["language"], lines["code"], lines["comment"], lines["blank"])
        return files
    for line in text.splitlines():
        if line.strip():
            entry = json.loads(line)
            files[entry["path"]] = (entry["language"], entry["code"], entry["comment"], entry["blank"])
    return files


def run_cloc(repo, paths, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
        list_file = listing.name
    try:
        output = subprocess.run(
            ["cloc", "--quiet", "--by-file", "--json", "--skip-uniqueness", f"--list-file={list_file}"] + extra,
            cwd=repo, check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(list_file)
    # cloc prints some warnings to standard output before its JSON (`rm_comments_in_string length @sub_token > 2`
    # with --strip-str-comments on OCaml): the document starts at the first brace.
    start = output.find("{")
    document = json.loads(output[start:]) if start >= 0 else {}
    files = {}
    for path, entry in document.items():
        if path in ("header", "SUM"):
            continue
        files[os.path.normpath(path)] = (entry["language"], entry["code"], entry["comment"], entry["blank"])
    return files


def percent(ours, theirs):
    if ours == theirs:
        return 0.0
    return 100.0 * abs(ours - theirs) / max(theirs, 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo")
    parser.add_argument("accrue_json")
    parser.add_argument("--tolerance", type=float, default=1.0, help="allowed difference in percent")
    parser.add_argument("--worst", type=int, default=0, help="list the N files differing most per language")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--stock", action="store_true",
                        help="run cloc without --strip-str-comments (comment markers inside strings then open comments)")
    args = parser.parse_args()

    ours = read_accrue(args.accrue_json)
    theirs = run_cloc(args.repo, sorted(ours), [] if args.stock else ["--strip-str-comments"])
    name = os.path.basename(os.path.normpath(args.repo))
    sums = {}
    mismatched = []
    for path, (language, code, comment, blank) in ours.items():
        other = theirs.get(os.path.normpath(path))
        if other is None:
            mismatched.append((path, language, "-"))
            continue
        if other[0] != language:
            mismatched.append((path, language, other[0]))
        row = sums.setdefault(language, [0, 0, 0, 0, 0, 0, 0, []])
        row[0] += 1
        for index in range(3):
            row[1 + index] += (code, comment, blank)[index]
            row[4 + index] += other[1 + index]
        row[7].append((abs(code - other[1]) + abs(comment - other[2]) + abs(blank - other[3]), path,
                       (code, comment, blank), other[1:]))

    failed = False
    if args.markdown:
        print("| repo | language | files | code accrue/cloc | Δ% | comment accrue/cloc | Δ% | blank accrue/cloc | Δ% |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    else:
        print(f"{'language':<22} {'files':>5} {'code':>15} {'Δ%':>6} {'comment':>15} {'Δ%':>6} {'blank':>15} {'Δ%':>6}")
    for language in sorted(sums, key=lambda key: -sums[key][4]):
        row = sums[language]
        deltas = [percent(row[1 + i], row[4 + i]) for i in range(3)]
        bad = any(delta > args.tolerance for delta in deltas)
        failed = failed or bad
        cells = [f"{row[1 + i]}/{row[4 + i]}" for i in range(3)]
        if args.markdown:
            print(f"| {name} | {language} | {row[0]} | " +
                  " | ".join(f"{cells[i]} | {deltas[i]:.2f}" for i in range(3)) + " |")
        else:
            print(f"{language:<22} {row[0]:>5} " +
                  " ".join(f"{cells[i]:>15} {deltas[i]:>6.2f}" for i in range(3)) + ("  <-- over" if bad else ""))
        for diff, path, mine, other in sorted(row[7], reverse=True)[:args.worst]:
            if diff:
                print(f"    {path}: accrue {mine} cloc {tuple(other)}")
    for path, language, other in sorted(mismatched):
        print(f"  language: {path}: accrue {language}, cloc {other}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
